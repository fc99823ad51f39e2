package no.hdo.dw.pipeline.ledger;

import java.math.BigDecimal;

/** A line of the approved budget: NOK in the ledger's sign (debit positive) for an account, month and department. */
public record BudgetLine(int year, int month, String accountId, String departmentId, BigDecimal amountNok) {}
