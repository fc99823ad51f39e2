package no.hdo.dw.feeds;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A SAF-T Financial 1.30 file as the ERP system exports it, written from a small model: header with
 * the selection of periods, accounts with grouping codes, customers, departments (analysis type A),
 * and one journal of transactions with their control totals. Used by the demo, the tests and the
 * benchmark; the pipeline reads it with its own reader, never with this class.
 *
 * <p>With {@code openingBalances} (NOK, debit positive; an account not in the map opens at 0), every
 * account carries its opening balance and its closing balance, the opening plus the file's lines; with
 * {@code null}, the accounts carry no balances.
 */
public record SaftFile(
        String companyId,
        YearMonth selectionStart,
        YearMonth selectionEnd,
        List<Account> accounts,
        List<Customer> customers,
        List<Department> departments,
        List<Transaction> transactions,
        Map<String, BigDecimal> openingBalances) {

    public SaftFile(
            String companyId,
            YearMonth selectionStart,
            YearMonth selectionEnd,
            List<Account> accounts,
            List<Customer> customers,
            List<Department> departments,
            List<Transaction> transactions) {
        this(companyId, selectionStart, selectionEnd, accounts, customers, departments, transactions, null);
    }

    public record Account(String accountId, String description, String groupingCategory, String groupingCode) {}

    public record Customer(String customerId, String name) {}

    public record Department(String departmentId, String name) {}

    /** {@code amountNok} in the ledger's sign: positive is debit, negative credit. */
    public record Line(
            String accountId, BigDecimal amountNok, String departmentId, String customerId, String description) {}

    public record Transaction(
            String transactionId, YearMonth period, LocalDate date, String description, List<Line> lines) {}

    public SaftFile {
        accounts = List.copyOf(accounts);
        customers = List.copyOf(customers);
        departments = List.copyOf(departments);
        transactions = List.copyOf(transactions);
        openingBalances = openingBalances == null ? null : Map.copyOf(openingBalances);
    }

    /** Each account's closing balance: its opening balance plus the file's lines (debit positive); null without balances. */
    public Map<String, BigDecimal> closingBalances() {
        if (openingBalances == null) {
            return null;
        }
        Map<String, BigDecimal> closing = new LinkedHashMap<>();
        for (Account account : accounts) {
            closing.put(
                    account.accountId(),
                    openingBalances
                            .getOrDefault(account.accountId(), BigDecimal.ZERO)
                            .setScale(2));
        }
        for (Transaction transaction : transactions) {
            for (Line line : transaction.lines()) {
                closing.computeIfPresent(line.accountId(), (id, sum) -> sum.add(line.amountNok()));
            }
        }
        return closing;
    }

    /** The feed's file name, {@code SAF-T Financial_<company>_<stamp>_1_1.xml}. */
    public String fileName(String stamp) {
        return fileName(companyId, stamp);
    }

    /** {@code SAF-T Financial_<companyId>_<stamp>_1_1.xml}, as the ERP system names its export. */
    public static String fileName(String companyId, String stamp) {
        return "SAF-T Financial_" + companyId + "_" + stamp + "_1_1.xml";
    }

    public int lineCount() {
        return transactions.stream()
                .mapToInt(transaction -> transaction.lines().size())
                .sum();
    }

    public void write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public String toXml() {
        StringWriter out = new StringWriter();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public void write(Writer out) throws IOException {
        BigDecimal debit = BigDecimal.ZERO.setScale(2);
        BigDecimal credit = BigDecimal.ZERO.setScale(2);
        for (Transaction transaction : transactions) {
            for (Line line : transaction.lines()) {
                if (line.amountNok().signum() >= 0) {
                    debit = debit.add(line.amountNok());
                } else {
                    credit = credit.subtract(line.amountNok());
                }
            }
        }
        writeStart(
                out,
                companyId,
                selectionStart,
                selectionEnd,
                accounts,
                customers,
                departments,
                openingBalances,
                closingBalances());
        writeEntriesStart(out, transactions.size(), debit, credit);
        for (Transaction transaction : transactions) {
            writeTransaction(out, transaction);
        }
        writeEnd(out);
    }

    /** The header and master files; the streaming form used for files too big to hold (the benchmark). */
    public static void writeStart(
            Writer out,
            String companyId,
            YearMonth from,
            YearMonth to,
            List<Account> accounts,
            List<Customer> customers,
            List<Department> departments)
            throws IOException {
        writeStart(out, companyId, from, to, accounts, customers, departments, null, null);
    }

    /** The header and master files with each account's opening and closing balance (NOK, debit positive) when given. */
    public static void writeStart(
            Writer out,
            String companyId,
            YearMonth from,
            YearMonth to,
            List<Account> accounts,
            List<Customer> customers,
            List<Department> departments,
            Map<String, BigDecimal> opening,
            Map<String, BigDecimal> closing)
            throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<AuditFile xmlns=\"urn:StandardAuditFile-Taxation-Financial:NO\">\n");
        out.write(
                "  <Header>\n    <AuditFileVersion>1.30</AuditFileVersion>\n    <AuditFileCountry>NO</AuditFileCountry>\n");
        out.write("    <Company>\n      <RegistrationNumber>" + companyId
                + "</RegistrationNumber>\n      <Name>HDO HF</Name>\n    </Company>\n");
        out.write("    <DefaultCurrencyCode>NOK</DefaultCurrencyCode>\n    <SelectionCriteria>\n");
        out.write("      <PeriodStart>" + from.getMonthValue() + "</PeriodStart>\n      <PeriodStartYear>"
                + from.getYear() + "</PeriodStartYear>\n");
        out.write("      <PeriodEnd>" + to.getMonthValue() + "</PeriodEnd>\n      <PeriodEndYear>" + to.getYear()
                + "</PeriodEndYear>\n");
        out.write("    </SelectionCriteria>\n    <TaxAccountingBasis>A</TaxAccountingBasis>\n  </Header>\n");
        out.write("  <MasterFiles>\n    <GeneralLedgerAccounts>\n");
        for (Account account : accounts) {
            out.write("      <Account>\n        <AccountID>" + escape(account.accountId()) + "</AccountID>\n");
            out.write("        <AccountDescription>" + escape(account.description()) + "</AccountDescription>\n");
            out.write("        <GroupingCategory>" + escape(account.groupingCategory()) + "</GroupingCategory>\n");
            out.write("        <GroupingCode>" + escape(account.groupingCode()) + "</GroupingCode>\n");
            out.write("        <AccountType>GL</AccountType>\n");
            if (opening != null && closing != null) {
                writeBalance(out, "Opening", opening.getOrDefault(account.accountId(), BigDecimal.ZERO));
                writeBalance(out, "Closing", closing.getOrDefault(account.accountId(), BigDecimal.ZERO));
            }
            out.write("      </Account>\n");
        }
        out.write("    </GeneralLedgerAccounts>\n");
        if (!customers.isEmpty()) {
            out.write("    <Customers>\n");
            for (Customer customer : customers) {
                out.write("      <Customer>\n        <Name>" + escape(customer.name()) + "</Name>\n        <CustomerID>"
                        + escape(customer.customerId()) + "</CustomerID>\n      </Customer>\n");
            }
            out.write("    </Customers>\n");
        }
        if (!departments.isEmpty()) {
            out.write("    <AnalysisTypeTable>\n");
            for (Department department : departments) {
                out.write("      <AnalysisTypeTableEntry>\n        <AnalysisType>A</AnalysisType>\n"
                        + "        <AnalysisTypeDescription>Avdeling</AnalysisTypeDescription>\n        <AnalysisID>"
                        + escape(department.departmentId()) + "</AnalysisID>\n        <AnalysisIDDescription>"
                        + escape(department.name()) + "</AnalysisIDDescription>\n      </AnalysisTypeTableEntry>\n");
            }
            out.write("    </AnalysisTypeTable>\n");
        }
        out.write("  </MasterFiles>\n");
    }

    /** {@code OpeningDebitBalance} or {@code OpeningCreditBalance} (a negative balance is a credit balance). */
    private static void writeBalance(Writer out, String when, BigDecimal balance) throws IOException {
        String element = when + (balance.signum() >= 0 ? "Debit" : "Credit") + "Balance";
        out.write("        <" + element + ">" + balance.abs().setScale(2).toPlainString() + "</" + element + ">\n");
    }

    public static void writeEntriesStart(
            Writer out, long numberOfEntries, BigDecimal totalDebit, BigDecimal totalCredit) throws IOException {
        out.write("  <GeneralLedgerEntries>\n    <NumberOfEntries>" + numberOfEntries + "</NumberOfEntries>\n");
        out.write("    <TotalDebit>" + totalDebit.toPlainString() + "</TotalDebit>\n    <TotalCredit>"
                + totalCredit.toPlainString() + "</TotalCredit>\n");
        out.write(
                "    <Journal>\n      <JournalID>GL</JournalID>\n      <Description>Hovedbok</Description>\n      <Type>GL</Type>\n");
    }

    public static void writeTransaction(Writer out, Transaction transaction) throws IOException {
        out.write("      <Transaction>\n        <TransactionID>" + escape(transaction.transactionId())
                + "</TransactionID>\n");
        out.write("        <Period>" + transaction.period().getMonthValue() + "</Period>\n        <PeriodYear>"
                + transaction.period().getYear() + "</PeriodYear>\n");
        out.write("        <TransactionDate>" + transaction.date() + "</TransactionDate>\n");
        out.write("        <Description>" + escape(Objects.requireNonNullElse(transaction.description(), ""))
                + "</Description>\n");
        out.write("        <SystemEntryDate>" + transaction.date() + "</SystemEntryDate>\n        <GLPostingDate>"
                + transaction.date() + "</GLPostingDate>\n");
        int recordId = 1;
        for (Line line : transaction.lines()) {
            out.write("        <Line>\n          <RecordID>" + recordId++ + "</RecordID>\n          <AccountID>"
                    + escape(line.accountId()) + "</AccountID>\n");
            if (line.departmentId() != null) {
                out.write("          <Analysis>\n            <AnalysisType>A</AnalysisType>\n            <AnalysisID>"
                        + escape(line.departmentId()) + "</AnalysisID>\n          </Analysis>\n");
            }
            if (line.customerId() != null) {
                out.write("          <CustomerID>" + escape(line.customerId()) + "</CustomerID>\n");
            }
            out.write("          <Description>" + escape(Objects.requireNonNullElse(line.description(), ""))
                    + "</Description>\n");
            String side = line.amountNok().signum() >= 0 ? "DebitAmount" : "CreditAmount";
            out.write("          <" + side + ">\n            <Amount>"
                    + line.amountNok().abs().setScale(2).toPlainString() + "</Amount>\n          </" + side
                    + ">\n        </Line>\n");
        }
        out.write("      </Transaction>\n");
    }

    public static void writeEnd(Writer out) throws IOException {
        out.write("    </Journal>\n  </GeneralLedgerEntries>\n</AuditFile>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
