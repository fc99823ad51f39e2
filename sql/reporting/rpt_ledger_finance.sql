-- Liquidity and investments of the business report (definitions.md, "Liquidity and investments"; cli.md,
-- report finance) for every month of a year the ledger covers, unrounded, in NOK.
-- Grain: month. Key: month_start_date.
-- Columns:
--   month_start_date: the first day of the month.
--   month_key: the month as yyyymm.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   is_covered: every period 1..month of the year is supplied by a SAF-T file.
--   liquidity_nok: bank and cash accounts at month end in NOK, debit positive: the year's opening balance from
--      the delivery that supplies period 1, when its selection starts there, plus the lines of periods
--      1..month; empty when the opening or any of those periods is not covered.
--   liquidity_minimum_nok: the lowest liquidity the board wants, in NOK (seed data).
--   investments_ytd_nok: debit amounts on the fixed-asset accounts in periods 1..month, in NOK; empty when a period is not covered.
with calendar as (
    select * from marts.dim_calendar_month
),

period_files as (
    select * from intermediate.int_ledger__saft_period_files
),

files as (
    select * from staging.stg_ledger__saft_files
),

balances as (
    select * from staging.stg_ledger__saft_balances
),

postings as (
    select * from intermediate.int_ledger__postings
),

ranges as (
    select * from staging.stg_ledger__seed_finance_account_ranges
),

minimum as (
    select * from staging.stg_ledger__seed_liquidity_minimum
),

covered_periods as (
    select distinct period_start_date
    from period_files
),

months as (
    select
        calendar.month_start_date,
        calendar.month_key,
        calendar.year_number,
        calendar.month_number
    from calendar
    where calendar.year_number in (select year(period_start_date) from covered_periods)
),

coverage as (
    select
        months.month_start_date,
        count(covered_periods.period_start_date) = months.month_number as is_covered
    from months
    left join covered_periods
      on year(covered_periods.period_start_date) = months.year_number
     and covered_periods.period_start_date <= months.month_start_date
    group by months.month_start_date, months.month_number
),

-- the files of the delivery that supplies period 1 of each year, when their selection starts there
opening_files as (
    select
        year(period_files.period_start_date) as year_number,
        period_files.source_file
    from period_files
    join files
      on files.source_file = period_files.source_file
    where month(period_files.period_start_date) = 1
      and files.selection_start_month = period_files.period_start_date
),

opening_years as (
    select year_number
    from opening_files
    group by year_number
),

-- the parts of a split delivery repeat the master data: one opening balance per account
opening_balances as (
    select
        opening_files.year_number,
        balances.account_id,
        balances.account_number,
        max(balances.opening_balance_nok) as opening_balance_nok
    from opening_files
    join balances
      on balances.source_file = opening_files.source_file
    group by opening_files.year_number, balances.account_id, balances.account_number
),

liquidity_opening as (
    select
        opening_balances.year_number,
        sum(opening_balances.opening_balance_nok) as opening_nok
    from opening_balances
    join ranges
      on ranges.figure = 'liquidity_nok'
     and opening_balances.account_number between ranges.account_from and ranges.account_to
    group by opening_balances.year_number
),

range_lines as (
    select
        months.month_start_date,
        ranges.figure,
        sum(postings.amount_nok) as amount_nok,
        sum(postings.debit_amount_nok) as debit_amount_nok
    from months
    join postings
      on year(postings.period_start_date) = months.year_number
     and postings.period_start_date <= months.month_start_date
    join ranges
      on postings.account_number between ranges.account_from and ranges.account_to
    group by months.month_start_date, ranges.figure
),

figures as (
    select
        months.month_start_date,
        months.month_key,
        months.year_number,
        months.month_number,
        coverage.is_covered,
        case
            when coverage.is_covered and opening_years.year_number is not null
                then coalesce(liquidity_opening.opening_nok, 0) + coalesce(liquidity_lines.amount_nok, 0)
        end as liquidity_nok,
        (
            select max(minimum.liquidity_minimum_nok)
            from minimum
            where minimum.valid_from = (
                select max(later.valid_from) from minimum as later where later.valid_from <= months.month_start_date
            )
        ) as liquidity_minimum_nok,
        case
            when coverage.is_covered then coalesce(investment_lines.debit_amount_nok, 0)
        end as investments_ytd_nok
    from months
    join coverage
      on coverage.month_start_date = months.month_start_date
    left join opening_years
      on opening_years.year_number = months.year_number
    left join liquidity_opening
      on liquidity_opening.year_number = months.year_number
    left join range_lines as liquidity_lines
      on liquidity_lines.month_start_date = months.month_start_date
     and liquidity_lines.figure = 'liquidity_nok'
    left join range_lines as investment_lines
      on investment_lines.month_start_date = months.month_start_date
     and investment_lines.figure = 'investments_ytd_nok'
),

final as (
    select * from figures
)

select * from final
