package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record of a SAF-T Financial file as landed. A file yields several kinds of record, told apart
 * by {@code kind}; the columns a kind does not use are null.
 *
 * <ul>
 *   <li>{@code header}: the file's version (from its structure), company, selection (periods) and
 *       the control totals of {@code GeneralLedgerEntries}, with the totals the reader counted.
 *   <li>{@code account}: {@code MasterFiles/GeneralLedgerAccounts/Account}, with its opening and closing
 *       balances as the file gives them (a side the file does not give is null).
 *   <li>{@code customer}: {@code MasterFiles/Customers/Customer}.
 *   <li>{@code analysis_type}: {@code MasterFiles/AnalysisTypeTable/AnalysisTypeTableEntry}.
 *   <li>{@code line}: a {@code Line} of a {@code Transaction}, with its transaction's fields.
 * </ul>
 */
public record SaftRecord(
        String kind,
        // header
        String saftVersion,
        String companyId,
        Integer periodStartYear,
        Integer periodStart,
        Integer periodEndYear,
        Integer periodEnd,
        Long numberOfEntries,
        BigDecimal totalDebit,
        BigDecimal totalCredit,
        // account
        String accountId,
        String accountDescription,
        String standardAccountId,
        String groupingCategory,
        String groupingCode,
        String accountType,
        BigDecimal openingDebitBalance,
        BigDecimal openingCreditBalance,
        BigDecimal closingDebitBalance,
        BigDecimal closingCreditBalance,
        // customer
        String customerId,
        String customerName,
        // analysis type
        String analysisType,
        String analysisTypeDescription,
        String analysisId,
        String analysisIdDescription,
        // line
        String journalId,
        String transactionId,
        Integer periodYear,
        Integer period,
        LocalDate transactionDate,
        String recordId,
        String departmentId,
        String projectId,
        String otherAnalysis,
        BigDecimal debitAmount,
        BigDecimal creditAmount,
        String supplierId,
        String description) {

    public static final String HEADER = "header";
    public static final String ACCOUNT = "account";
    public static final String CUSTOMER = "customer";
    public static final String ANALYSIS_TYPE = "analysis_type";
    public static final String LINE = "line";

    static SaftRecord header(
            String saftVersion,
            String companyId,
            int periodStartYear,
            int periodStart,
            int periodEndYear,
            int periodEnd,
            Long numberOfEntries,
            BigDecimal totalDebit,
            BigDecimal totalCredit) {
        return new SaftRecord(
                HEADER,
                saftVersion,
                companyId,
                periodStartYear,
                periodStart,
                periodEndYear,
                periodEnd,
                numberOfEntries,
                totalDebit,
                totalCredit,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SaftRecord account(
            String accountId,
            String description,
            String standardAccountId,
            String groupingCategory,
            String groupingCode,
            String accountType,
            BigDecimal openingDebit,
            BigDecimal openingCredit,
            BigDecimal closingDebit,
            BigDecimal closingCredit) {
        return new SaftRecord(
                ACCOUNT,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                accountId,
                description,
                standardAccountId,
                groupingCategory,
                groupingCode,
                accountType,
                openingDebit,
                openingCredit,
                closingDebit,
                closingCredit,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SaftRecord customer(String customerId, String name, String accountId) {
        return new SaftRecord(
                CUSTOMER,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                accountId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                customerId,
                name,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SaftRecord analysisType(String type, String typeDescription, String id, String idDescription) {
        return new SaftRecord(
                ANALYSIS_TYPE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                type,
                typeDescription,
                id,
                idDescription,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static SaftRecord line(
            String journalId,
            String transactionId,
            Integer periodYear,
            Integer period,
            LocalDate transactionDate,
            String recordId,
            String accountId,
            String departmentId,
            String projectId,
            String otherAnalysis,
            BigDecimal debitAmount,
            BigDecimal creditAmount,
            String customerId,
            String supplierId,
            String description) {
        return new SaftRecord(
                LINE,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                accountId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                customerId,
                null,
                null,
                null,
                null,
                null,
                journalId,
                transactionId,
                periodYear,
                period,
                transactionDate,
                recordId,
                departmentId,
                projectId,
                otherAnalysis,
                debitAmount,
                creditAmount,
                supplierId,
                description);
    }

    /** The line's amount in the ledger's sign: debit − credit (definitions.md). */
    public BigDecimal amount() {
        return net(debitAmount, creditAmount);
    }

    /** Debit − credit, a missing side counted as zero. */
    static BigDecimal net(BigDecimal debit, BigDecimal credit) {
        return (debit == null ? BigDecimal.ZERO : debit).subtract(credit == null ? BigDecimal.ZERO : credit);
    }
}
