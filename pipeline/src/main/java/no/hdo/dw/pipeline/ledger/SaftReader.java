package no.hdo.dw.pipeline.ledger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.hdo.dw.pipeline.landing.RecordSource;
import no.hdo.dw.pipeline.landing.RejectedFileException;
import no.hdo.dw.pipeline.landing.SourceRecord;

/**
 * Reads a SAF-T Financial file (Norway, 1.20 or 1.30) as a stream with StAX: memory holds the
 * account ids of the master data and one transaction at a time, whatever the file's size.
 *
 * <p>The version is told by the structure ({@code GroupingCategory}/{@code GroupingCode} are 1.30,
 * {@code StandardAccountID} 1.20), not by {@code AuditFileVersion}, which the tax authority's own
 * examples set to {@code 1.0}. A record's number is the line in the file where its element starts.
 *
 * <p>The whole file is refused ({@link RejectedFileException}) when it is not well-formed XML (a
 * truncated file included), declares a DTD, has no header or no selection of periods, holds an
 * amount that is not a number with at most two decimals, has a transaction whose lines do not
 * balance, or when {@code NumberOfEntries}, {@code TotalDebit} or {@code TotalCredit} differ from
 * what the file holds, or, when the file is a whole delivery and balances are checked, when an
 * account's opening balance plus its lines in the file differs from its closing balance (an account
 * without both balances is not checked). Since the file is landed only once it has been read to its
 * end, nothing of a refused file reaches the archive.
 */
public final class SaftReader implements RecordSource<SaftElement> {

    private static final int MAX_DEPTH = 64;

    /** An xs:decimal as SAF-T writes amounts: digits, an optional sign and decimal point, no exponent. */
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /**
     * The longest text of a field the ledger reads: SAF-T's longest text type is 256 characters, and a
     * field a thousand times that is no field but a damaged or hostile file.
     */
    static final int MAX_TEXT_CHARS = 256 * 1024;

    /**
     * The most lines one transaction may have: a transaction is held whole until it is checked to balance, so
     * a voucher of millions of lines would fill the heap; HDO's largest (payroll) have a few thousand.
     */
    static final int MAX_TRANSACTION_LINES = 100_000;

    /** Digits before the decimal point that an amount of the landing archive (decimal(18, 2)) holds. */
    static final int MAX_AMOUNT_DIGITS = 16;

    private final XMLStreamReader xml;
    private final InputStream in;
    private final boolean checkBalances;
    private final ArrayDeque<SourceRecord<SaftElement>> ready = new ArrayDeque<>();
    private final String[] path = new String[MAX_DEPTH];
    private int depth;
    private boolean finished;

    // What the whole file tells.
    private boolean sawRoot;
    private boolean sawHeader;
    private long headerLine;
    private String companyId;
    private Integer periodStart;
    private Integer periodStartYear;
    private Integer periodEnd;
    private Integer periodEndYear;
    private LocalDate selectionStartDate;
    private LocalDate selectionEndDate;
    private int selectionFrom = -1;
    private int selectionTo = -1;
    private String selectionText;
    private boolean sawGroupingCodes;
    private boolean sawStandardAccountIds;
    private final Set<String> accountIds = new HashSet<>();
    /** Accounts with both balances: opening, closing and the sum of their lines read so far (debit positive). */
    private final Map<String, Balance> balances = new LinkedHashMap<>();

    private boolean sawEntries;
    private Long numberOfEntries;
    private BigDecimal totalDebit;
    private BigDecimal totalCredit;
    private long transactionsRead;
    private BigDecimal debitRead = BigDecimal.ZERO;
    private BigDecimal creditRead = BigDecimal.ZERO;

    // The element being read.
    private long elementLine;
    private String accountId;
    private String accountDescription;
    private String standardAccountId;
    private String groupingCategory;
    private String groupingCode;
    private String accountType;
    private BigDecimal openingDebit;
    private BigDecimal openingCredit;
    private BigDecimal closingDebit;
    private BigDecimal closingCredit;
    private String customerId;
    private String customerName;
    private String customerAccountId;
    private String analysisType;
    private String analysisTypeDescription;
    private String analysisId;
    private String analysisIdDescription;
    private String journalId;
    private String transactionId;
    private String transactionPeriod;
    private String transactionPeriodYear;
    private String transactionDate;
    private long transactionLine;
    private final List<PendingLine> transactionLines = new ArrayList<>();
    private PendingLine line;
    private String lineAnalysisType;
    private String lineAnalysisId;

    private static final class Balance {
        final long lineNo;
        final BigDecimal opening;
        final BigDecimal closing;
        BigDecimal lines = BigDecimal.ZERO.setScale(2);

        Balance(long lineNo, BigDecimal opening, BigDecimal closing) {
            this.lineNo = lineNo;
            this.opening = opening;
            this.closing = closing;
        }
    }

    private static final class PendingLine {
        long lineNo;
        String recordId;
        String accountId;
        String customerId;
        String supplierId;
        String description;
        BigDecimal debit;
        BigDecimal credit;
        String departmentId;
        String projectId;
        StringBuilder otherAnalysis;
    }

    private SaftReader(InputStream in, XMLStreamReader xml, boolean checkBalances) {
        this.in = in;
        this.xml = xml;
        this.checkBalances = checkBalances;
    }

    /** Opens a file that is a whole delivery, its balances checked; nothing is read until {@link #next()}. */
    public static SaftReader open(Path file) throws IOException, RejectedFileException {
        return open(file, true);
    }

    /**
     * Opens a file; nothing is read until {@link #next()}. {@code checkBalances} is false for a part of a
     * split delivery, whose lines may be spread over the other parts (the data test checks the delivery).
     */
    public static SaftReader open(Path file, boolean checkBalances) throws IOException, RejectedFileException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            return new SaftReader(in, secureFactory().createXMLStreamReader(in), checkBalances);
        } catch (XMLStreamException e) {
            in.close();
            throw new RejectedFileException("the file is not well-formed XML: " + message(e));
        }
    }

    /**
     * A StAX factory that neither reads DTDs nor resolves external entities (XXE, entity expansion).
     * Always the JDK's own implementation, whatever else is on the class path (Woodstox comes with
     * Hadoop), so the settings below are the ones tested.
     */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // Not coalescing: text comes in pieces of the parser's buffer, so no text is held whole before it is
        // bounded (text() joins the pieces of the fields it reads; all other text is passed over).
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }

    @Override
    public SourceRecord<SaftElement> next() throws IOException, RejectedFileException {
        try {
            while (ready.isEmpty() && !finished) {
                step();
            }
        } catch (XMLStreamException e) {
            throw new RejectedFileException(
                    "the file is not well-formed XML (a truncated or damaged file): " + message(e));
        }
        return ready.poll();
    }

    private void step() throws XMLStreamException, RejectedFileException {
        if (!xml.hasNext()) {
            endOfDocument();
            return;
        }
        int event = xml.next();
        switch (event) {
            case XMLStreamConstants.DTD ->
                throw new RejectedFileException("the file declares a DTD (<!DOCTYPE> at line "
                        + xml.getLocation().getLineNumber() + "); DTDs and entities are refused in SAF-T files");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                throw new RejectedFileException("the file uses the entity &" + xml.getLocalName() + "; at line "
                        + xml.getLocation().getLineNumber() + "; entities are refused in SAF-T files");
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.END_DOCUMENT -> endOfDocument();
            default -> {}
        }
    }

    private void startElement() throws XMLStreamException, RejectedFileException {
        String name = xml.getLocalName();
        long lineNo = xml.getLocation().getLineNumber();
        if (depth == 0) {
            if (!name.equals("AuditFile")) {
                throw new RejectedFileException("the root element is <" + name + ">, not a SAF-T <AuditFile>");
            }
            sawRoot = true;
        }
        // Leaves of interest are read whole here; every other element is entered.
        if (readLeaf(name, lineNo)) {
            return;
        }
        if (depth == MAX_DEPTH) {
            throw new RejectedFileException("elements are nested deeper than " + MAX_DEPTH + " at line " + lineNo);
        }
        // Checked before the element is entered: depth is the number of its open ancestors.
        if (depth == 1 && name.equals("Header")) {
            sawHeader = true;
            headerLine = lineNo;
        } else if (depth == 1 && (name.equals("MasterFiles") || name.equals("GeneralLedgerEntries"))) {
            requireHeader(name, lineNo);
            sawEntries |= name.equals("GeneralLedgerEntries");
        } else if (depth == 3 && name.equals("Account") && in("MasterFiles", "GeneralLedgerAccounts")) {
            elementLine = lineNo;
            accountId = accountDescription = standardAccountId = groupingCategory = groupingCode = accountType = null;
            openingDebit = openingCredit = closingDebit = closingCredit = null;
        } else if (depth == 3 && name.equals("Customer") && in("MasterFiles", "Customers")) {
            elementLine = lineNo;
            customerId = customerName = customerAccountId = null;
        } else if (depth == 3 && name.equals("AnalysisTypeTableEntry") && in("MasterFiles", "AnalysisTypeTable")) {
            elementLine = lineNo;
            analysisType = analysisTypeDescription = analysisId = analysisIdDescription = null;
        } else if (depth == 2 && name.equals("Journal") && in("GeneralLedgerEntries")) {
            journalId = null;
        } else if (depth == 3 && name.equals("Transaction") && in("GeneralLedgerEntries", "Journal")) {
            transactionLine = lineNo;
            transactionId = transactionPeriod = transactionPeriodYear = transactionDate = null;
            transactionLines.clear();
        } else if (depth == 4 && name.equals("Line") && in("GeneralLedgerEntries", "Journal", "Transaction")) {
            line = new PendingLine();
            line.lineNo = lineNo;
        } else if (depth == 5 && line != null && name.equals("Analysis")) {
            lineAnalysisType = lineAnalysisId = null;
        }
        path[depth++] = name;
    }

    /** Reads the text of an element the ledger uses, if this is one; true when it was consumed. */
    private boolean readLeaf(String name, long lineNo) throws XMLStreamException, RejectedFileException {
        // depth is the number of open ancestors; the element itself would be at depth + 1.
        int at = depth + 1;
        if (at == 4 && in("Header", "SelectionCriteria")) {
            switch (name) {
                case "PeriodStart" -> periodStart = integer(name, text(), lineNo);
                case "PeriodStartYear" -> periodStartYear = integer(name, text(), lineNo);
                case "PeriodEnd" -> periodEnd = integer(name, text(), lineNo);
                case "PeriodEndYear" -> periodEndYear = integer(name, text(), lineNo);
                case "SelectionStartDate" -> selectionStartDate = date(name, text(), lineNo);
                case "SelectionEndDate" -> selectionEndDate = date(name, text(), lineNo);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 4 && in("Header", "Company") && name.equals("RegistrationNumber")) {
            companyId = text();
            return true;
        }
        if (at == 5 && in("MasterFiles", "GeneralLedgerAccounts", "Account")) {
            switch (name) {
                case "AccountID" -> accountId = text();
                case "AccountDescription" -> accountDescription = text();
                case "StandardAccountID" -> standardAccountId = text();
                case "GroupingCategory" -> groupingCategory = text();
                case "GroupingCode" -> groupingCode = text();
                case "AccountType" -> accountType = text();
                case "OpeningDebitBalance" -> openingDebit = amount(name, text(), lineNo);
                case "OpeningCreditBalance" -> openingCredit = amount(name, text(), lineNo);
                case "ClosingDebitBalance" -> closingDebit = amount(name, text(), lineNo);
                case "ClosingCreditBalance" -> closingCredit = amount(name, text(), lineNo);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 5 && in("MasterFiles", "Customers", "Customer")) {
            switch (name) {
                case "CustomerID" -> customerId = text();
                case "Name" -> customerName = text();
                case "AccountID" -> customerAccountId = text();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 6 && in("MasterFiles", "Customers", "Customer", "BalanceAccount") && name.equals("AccountID")) {
            customerAccountId = text();
            return true;
        }
        if (at == 5 && in("MasterFiles", "AnalysisTypeTable", "AnalysisTypeTableEntry")) {
            switch (name) {
                case "AnalysisType" -> analysisType = text();
                case "AnalysisTypeDescription" -> analysisTypeDescription = text();
                case "AnalysisID" -> analysisId = text();
                case "AnalysisIDDescription" -> analysisIdDescription = text();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 3 && in("GeneralLedgerEntries")) {
            switch (name) {
                case "NumberOfEntries" -> numberOfEntries = (long) integer(name, text(), lineNo);
                case "TotalDebit" -> totalDebit = amount(name, text(), lineNo);
                case "TotalCredit" -> totalCredit = amount(name, text(), lineNo);
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 4 && in("GeneralLedgerEntries", "Journal") && name.equals("JournalID")) {
            journalId = text();
            return true;
        }
        if (at == 5 && in("GeneralLedgerEntries", "Journal", "Transaction")) {
            switch (name) {
                case "TransactionID" -> transactionId = text();
                case "Period" -> transactionPeriod = text();
                case "PeriodYear" -> transactionPeriodYear = text();
                case "TransactionDate" -> transactionDate = text();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 6 && line != null && in("GeneralLedgerEntries", "Journal", "Transaction", "Line")) {
            switch (name) {
                case "RecordID" -> line.recordId = text();
                case "AccountID" -> line.accountId = text();
                case "CustomerID" -> line.customerId = text();
                case "SupplierID" -> line.supplierId = text();
                case "Description" -> line.description = text();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 7 && line != null && in("GeneralLedgerEntries", "Journal", "Transaction", "Line", "Analysis")) {
            switch (name) {
                case "AnalysisType" -> lineAnalysisType = text();
                case "AnalysisID" -> lineAnalysisId = text();
                default -> {
                    return false;
                }
            }
            return true;
        }
        if (at == 7 && line != null && name.equals("Amount")) {
            if (in("GeneralLedgerEntries", "Journal", "Transaction", "Line", "DebitAmount")) {
                line.debit = add(line.debit, amount("DebitAmount/Amount", text(), lineNo));
                return true;
            }
            if (in("GeneralLedgerEntries", "Journal", "Transaction", "Line", "CreditAmount")) {
                line.credit = add(line.credit, amount("CreditAmount/Amount", text(), lineNo));
                return true;
            }
        }
        return false;
    }

    private void endElement() throws RejectedFileException {
        String name = path[--depth];
        if (depth == 1 && name.equals("Header")) {
            selection();
        } else if (depth == 3 && name.equals("Account") && in("MasterFiles", "GeneralLedgerAccounts")) {
            sawGroupingCodes |= groupingCategory != null || groupingCode != null;
            sawStandardAccountIds |= standardAccountId != null;
            if (accountId != null) {
                accountIds.add(accountId);
                BigDecimal opening = net(openingDebit, openingCredit);
                BigDecimal closing = net(closingDebit, closingCredit);
                if (opening != null && closing != null) {
                    balances.put(accountId, new Balance(elementLine, opening, closing));
                }
            }
            emit(
                    elementLine,
                    SaftRecord.account(
                            accountId,
                            accountDescription,
                            standardAccountId,
                            groupingCategory,
                            groupingCode,
                            accountType,
                            openingDebit,
                            openingCredit,
                            closingDebit,
                            closingCredit),
                    true,
                    true);
        } else if (depth == 3 && name.equals("Customer") && in("MasterFiles", "Customers")) {
            emit(elementLine, SaftRecord.customer(customerId, customerName, customerAccountId), true, true);
        } else if (depth == 3 && name.equals("AnalysisTypeTableEntry") && in("MasterFiles", "AnalysisTypeTable")) {
            emit(
                    elementLine,
                    SaftRecord.analysisType(analysisType, analysisTypeDescription, analysisId, analysisIdDescription),
                    true,
                    true);
        } else if (depth == 5 && name.equals("Analysis") && line != null) {
            analysis();
        } else if (depth == 4 && name.equals("Line") && line != null) {
            if (transactionLines.size() == MAX_TRANSACTION_LINES) {
                throw new RejectedFileException(
                        "transaction "
                                + (transactionId == null ? "(without TransactionID)" : transactionId) + " (line "
                                + transactionLine + ") has more than " + MAX_TRANSACTION_LINES
                                + " lines, far more than any voucher (a damaged or hostile file): the file is not read further");
            }
            transactionLines.add(line);
            line = null;
        } else if (depth == 3 && name.equals("Transaction") && in("GeneralLedgerEntries", "Journal")) {
            transaction();
        } else if (depth == 1 && name.equals("GeneralLedgerEntries")) {
            controlTotals();
        }
    }

    private void analysis() {
        if (lineAnalysisType == null) {
            return;
        }
        if (lineAnalysisType.equals("A") && line.departmentId == null) {
            line.departmentId = lineAnalysisId;
        } else if (lineAnalysisType.equals("P") && line.projectId == null) {
            line.projectId = lineAnalysisId;
        } else {
            // Other analysis types are kept as they are: "B=11, K=7".
            if (line.otherAnalysis == null) {
                line.otherAnalysis = new StringBuilder();
            } else {
                line.otherAnalysis.append(", ");
            }
            line.otherAnalysis
                    .append(lineAnalysisType)
                    .append('=')
                    .append(lineAnalysisId == null ? "" : lineAnalysisId);
        }
    }

    private void transaction() throws RejectedFileException {
        transactionsRead++;
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        for (PendingLine pending : transactionLines) {
            debit = add(debit, pending.debit);
            credit = add(credit, pending.credit);
        }
        String described = "transaction " + (transactionId == null ? "(without TransactionID)" : transactionId)
                + " (line " + transactionLine + ")";
        if (debit.compareTo(credit) != 0) {
            throw new RejectedFileException(
                    described + " does not balance: debit " + debit.toPlainString() + " ≠ credit "
                            + credit.toPlainString() + "; a ledger that does not balance must not reach the report");
        }
        debitRead = debitRead.add(debit);
        creditRead = creditRead.add(credit);
        Integer year = parseIntOrNull(transactionPeriodYear);
        Integer period = parseIntOrNull(transactionPeriod);
        LocalDate date = parseDateOrNull(transactionDate);
        boolean inSelection = year != null
                && period != null
                && period >= 1
                && period <= 12
                && year * 12 + period - 1 >= selectionFrom
                && year * 12 + period - 1 <= selectionTo;
        for (PendingLine pending : transactionLines) {
            Balance balance = pending.accountId == null ? null : balances.get(pending.accountId);
            if (balance != null) {
                balance.lines = balance.lines.add(SaftRecord.net(pending.debit, pending.credit));
            }
            SaftRecord record = SaftRecord.line(
                    journalId,
                    transactionId,
                    year,
                    period,
                    date,
                    pending.recordId,
                    pending.accountId,
                    pending.departmentId,
                    pending.projectId,
                    pending.otherAnalysis == null ? null : pending.otherAnalysis.toString(),
                    pending.debit,
                    pending.credit,
                    pending.customerId,
                    pending.supplierId,
                    pending.description);
            emit(
                    pending.lineNo,
                    record,
                    pending.accountId != null && accountIds.contains(pending.accountId),
                    inSelection);
        }
        transactionLines.clear();
    }

    private void controlTotals() throws RejectedFileException {
        if (numberOfEntries != null && numberOfEntries != transactionsRead) {
            throw new RejectedFileException(
                    "NumberOfEntries says " + numberOfEntries + " transactions, the file holds " + transactionsRead);
        }
        if (totalDebit != null && totalDebit.compareTo(debitRead) != 0) {
            throw new RejectedFileException("TotalDebit says " + totalDebit.toPlainString()
                    + ", the lines' debit amounts sum to " + debitRead.toPlainString());
        }
        if (totalCredit != null && totalCredit.compareTo(creditRead) != 0) {
            throw new RejectedFileException("TotalCredit says " + totalCredit.toPlainString()
                    + ", the lines' credit amounts sum to " + creditRead.toPlainString());
        }
    }

    private void endOfDocument() throws RejectedFileException {
        if (finished) {
            return;
        }
        if (!sawRoot) {
            throw new RejectedFileException("the file holds no XML element");
        }
        if (!sawHeader) {
            throw new RejectedFileException("the file has no <Header>");
        }
        if (sawEntries && (numberOfEntries == null || totalDebit == null || totalCredit == null)) {
            throw new RejectedFileException(
                    "GeneralLedgerEntries lacks its control totals NumberOfEntries, TotalDebit and TotalCredit");
        }
        balancesAddUp();
        finished = true;
        String version = sawGroupingCodes ? "1.30" : sawStandardAccountIds ? "1.20" : "unknown";
        ready.add(new SourceRecord<>(
                headerLine,
                new SaftElement(
                        SaftRecord.header(
                                version,
                                companyId,
                                selectionFrom / 12,
                                selectionFrom % 12 + 1,
                                selectionTo / 12,
                                selectionTo % 12 + 1,
                                sawEntries ? transactionsRead : 0L,
                                sawEntries ? debitRead : BigDecimal.ZERO.setScale(2),
                                sawEntries ? creditRead : BigDecimal.ZERO.setScale(2)),
                        true,
                        true,
                        selectionText)));
    }

    /** The first account whose opening balance plus its lines differs from its closing balance refuses the file. */
    private void balancesAddUp() throws RejectedFileException {
        if (!checkBalances) {
            return;
        }
        for (Map.Entry<String, Balance> entry : balances.entrySet()) {
            Balance balance = entry.getValue();
            BigDecimal expected = balance.opening.add(balance.lines);
            if (expected.compareTo(balance.closing) != 0) {
                throw new RejectedFileException(
                        "account " + entry.getKey() + " (line " + balance.lineNo + "): opening balance "
                                + balance.opening.toPlainString() + " + the file's lines "
                                + balance.lines.toPlainString() + " = "
                                + expected.toPlainString() + " ≠ closing balance " + balance.closing.toPlainString()
                                + " (debit positive); balances that do not add up must not reach the report");
            }
        }
    }

    /** Debit − credit of a balance given as one or both sides; null when neither is given. */
    private static BigDecimal net(BigDecimal debit, BigDecimal credit) {
        return debit == null && credit == null ? null : SaftRecord.net(debit, credit);
    }

    /** The (year, period) range of the header's selection: periods, or else the start and end dates. */
    private void selection() throws RejectedFileException {
        if (periodStart != null && periodStartYear != null && periodEnd != null && periodEndYear != null) {
            selectionFrom = periodStartYear * 12 + periodStart - 1;
            selectionTo = periodEndYear * 12 + periodEnd - 1;
            if (periodStart < 1 || periodStart > 12 || periodEnd < 1 || periodEnd > 12) {
                throw new RejectedFileException(
                        "the header's SelectionCriteria has a period outside 1–12 (calendar months)");
            }
        } else if (selectionStartDate != null && selectionEndDate != null) {
            selectionFrom = selectionStartDate.getYear() * 12 + selectionStartDate.getMonthValue() - 1;
            selectionTo = selectionEndDate.getYear() * 12 + selectionEndDate.getMonthValue() - 1;
        } else {
            throw new RejectedFileException(
                    "the header's SelectionCriteria gives no PeriodStart, PeriodStartYear, PeriodEnd and "
                            + "PeriodEndYear (nor SelectionStartDate and SelectionEndDate)");
        }
        if (selectionTo < selectionFrom) {
            throw new RejectedFileException("the header's SelectionCriteria ends before it starts");
        }
        selectionText = String.format(
                "%d-%02d..%d-%02d", selectionFrom / 12, selectionFrom % 12 + 1, selectionTo / 12, selectionTo % 12 + 1);
    }

    private void requireHeader(String element, long lineNo) throws RejectedFileException {
        if (!sawHeader) {
            throw new RejectedFileException("the file has no <Header> before <" + element + "> (line " + lineNo + ")");
        }
    }

    private void emit(long lineNo, SaftRecord record, boolean accountKnown, boolean periodInSelection) {
        ready.add(new SourceRecord<>(lineNo, new SaftElement(record, accountKnown, periodInSelection, selectionText)));
    }

    /** Whether the open elements below the root are exactly {@code names}. */
    private boolean in(String... names) {
        if (depth != names.length + 1) {
            return false;
        }
        for (int index = 0; index < names.length; index++) {
            if (!names[index].equals(path[index + 1])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of the element just started, read in the parser's pieces (the factory does not
     * coalesce), so that a text of gigabytes is refused at {@link #MAX_TEXT_CHARS} without being held.
     */
    private String text() throws XMLStreamException, RejectedFileException {
        String name = xml.getLocalName();
        long lineNo = xml.getLocation().getLineNumber();
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if ((long) text.length() + xml.getTextLength() > MAX_TEXT_CHARS) {
                        throw new RejectedFileException("<" + name + "> at line " + lineNo + " holds more than "
                                + MAX_TEXT_CHARS + " characters of text, far more than any SAF-T field (a damaged"
                                + " or hostile file): the file is not read further");
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new RejectedFileException("the file uses the entity &" + xml.getLocalName() + "; at line "
                            + xml.getLocation().getLineNumber() + "; entities are refused in SAF-T files");
                case XMLStreamConstants.END_ELEMENT -> {
                    String stripped = text.toString().strip();
                    return stripped.isEmpty() ? null : stripped;
                }
                case XMLStreamConstants.START_ELEMENT ->
                    throw new XMLStreamException(
                            "<" + name + "> at line " + lineNo + " holds the element <" + xml.getLocalName()
                                    + "> where its text is expected",
                            xml.getLocation());
                case XMLStreamConstants.END_DOCUMENT ->
                    throw new XMLStreamException("the file ends inside <" + name + "> (line " + lineNo + ")");
                default -> {
                    // comments and processing instructions are no text
                }
            }
        }
    }

    private static int integer(String field, String text, long lineNo) throws RejectedFileException {
        Integer value = parseIntOrNull(text);
        if (value == null) {
            throw new RejectedFileException(field + " '" + text + "' at line " + lineNo + " is not a whole number");
        }
        return value;
    }

    private static LocalDate date(String field, String text, long lineNo) throws RejectedFileException {
        LocalDate value = parseDateOrNull(text);
        if (value == null) {
            throw new RejectedFileException(field + " '" + text + "' at line " + lineNo + " is not a date yyyy-MM-dd");
        }
        return value;
    }

    /** An amount as SAF-T writes it ({@code 1234.50}); the whole file is refused for an unreadable one, since its totals cannot be checked. */
    static BigDecimal amount(String field, String text, long lineNo) throws RejectedFileException {
        if (text == null || text.length() > 64 || !DECIMAL.matcher(text).matches()) {
            // xs:decimal has no exponent: 1e999999999 is no amount (and would take minutes to scale)
            throw new RejectedFileException(
                    field + " '" + abbreviated(text) + "' at line " + lineNo + " is not an amount");
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.precision() - value.scale() > MAX_AMOUNT_DIGITS) {
                throw new RejectedFileException(field + " '" + text + "' at line " + lineNo
                        + " has more than " + MAX_AMOUNT_DIGITS + " digits before the decimal point, more than any"
                        + " amount the warehouse holds (decimal(18, 2))");
            }
            if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
                throw new RejectedFileException(
                        field + " '" + text + "' at line " + lineNo + " has more than two decimals");
            }
            return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new RejectedFileException(field + " '" + text + "' at line " + lineNo + " is not an amount");
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static BigDecimal add(BigDecimal sum, BigDecimal value) {
        if (value == null) {
            return sum;
        }
        return sum == null ? value : sum.add(value);
    }

    private static Integer parseIntOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDateOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String message(XMLStreamException e) {
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: ..."; keep one line.
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // nothing more to read
        } finally {
            in.close();
        }
    }
}
