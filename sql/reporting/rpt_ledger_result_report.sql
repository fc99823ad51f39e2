-- The result table of the business report (definitions.md, "Result vs budget"; cli.md, report result) for
-- every period a report can ask for: the months from_month..to_month of one year. Its rows in the report's
-- order: the lines of each sum group closed by "Sum <group>", "Sum Totale Kostnader" after the last cost
-- group, then "Sum Finans" (the finance lines are not printed one by one) and "Resultat" = revenue - costs -
-- finance. Amounts in NOK as shown (revenue credit - debit), unrounded, so a cell is rounded once, when printed.
-- Grain: period x row. Key: (from_month_key, to_month_key, row_order).
-- An actual (and its deviation) over months of which one has no SAF-T period delivered is unknown
-- (null); the budget columns still show (definitions.md, "Known months").
-- Columns:
--   from_month_key: the period's first month as yyyymm.
--   to_month_key: the period's last month as yyyymm (the same year).
--   year_number: the period's year.
--   row_order: the row's place in the report's table (1, 2, ...).
--   row_name: the row as the report prints it.
--   row_kind: 'line', 'sum', 'total_costs', 'finance' or 'result'.
--   is_more_better: revenue and the result: deviation = actual - budget; else budget - actual.
--   actual_nok: the period's actual figure in NOK as shown, unrounded.
--   budget_nok: the period's budget in NOK as shown, unrounded.
--   deviation_nok: the period's deviation in NOK (positive is better than budget).
--   ytd_actual_nok: actual from January to to_month, in NOK.
--   ytd_budget_nok: budget from January to to_month, in NOK.
--   ytd_deviation_nok: the deviation from January to to_month, in NOK.
--   annual_budget_nok: the whole year's budget, in NOK.
with months as (
    select month_key, month_start_date, year_number, month_number from marts.dim_calendar_month
),

lines as (
    select * from marts.dim_ledger_report_line
),

monthly as (
    select * from reporting.rpt_ledger_result_monthly
),

saft_months as (
    select distinct period_start_date as month_start_date
    from intermediate.int_ledger__saft_period_files
),

periods as (
    select
        from_month.year_number,
        from_month.month_key as from_month_key,
        to_month.month_key as to_month_key,
        from_month.month_number as from_month_number,
        to_month.month_number as to_month_number
    from months as from_month
    join months as to_month
        on to_month.year_number = from_month.year_number
        and to_month.month_number >= from_month.month_number
),

-- whether every month of the period, and of January..to_month, has its SAF-T period
coverage as (
    select
        periods.from_month_key,
        periods.to_month_key,
        count(saft_months.month_start_date) filter (
            where months.month_number >= periods.from_month_number
        ) = periods.to_month_number - periods.from_month_number + 1 as is_period_covered,
        count(saft_months.month_start_date) = periods.to_month_number as is_year_to_date_covered
    from periods
    join months
        on months.year_number = periods.year_number
        and months.month_number <= periods.to_month_number
    left join saft_months on saft_months.month_start_date = months.month_start_date
    group by periods.from_month_key, periods.to_month_key, periods.from_month_number, periods.to_month_number
),

line_amounts as (
    select
        periods.year_number,
        periods.from_month_key,
        periods.to_month_key,
        lines.report_line_name,
        lines.line_order,
        lines.line_kind,
        lines.sum_group,
        coalesce(sum(case when monthly.month_number between periods.from_month_number and periods.to_month_number
            then monthly.actual_shown_nok end), 0) as actual_nok,
        coalesce(sum(case when monthly.month_number between periods.from_month_number and periods.to_month_number
            then monthly.budget_shown_nok end), 0) as budget_nok,
        coalesce(sum(case when monthly.month_number <= periods.to_month_number then monthly.actual_shown_nok end), 0) as ytd_actual_nok,
        coalesce(sum(case when monthly.month_number <= periods.to_month_number then monthly.budget_shown_nok end), 0) as ytd_budget_nok,
        coalesce(sum(monthly.budget_shown_nok), 0) as annual_budget_nok
    from periods
    cross join lines
    left join monthly
        on monthly.report_line_key = lines.report_line_key
        and monthly.year_number = periods.year_number
    group by
        periods.year_number,
        periods.from_month_key,
        periods.to_month_key,
        lines.report_line_name,
        lines.line_order,
        lines.line_kind,
        lines.sum_group
),

-- a group's place is that of its first line; its kind that of its lines
groups as (
    select
        year_number,
        from_month_key,
        to_month_key,
        sum_group,
        min(line_order) as group_order,
        max(line_kind) as group_kind,
        sum(actual_nok) as actual_nok,
        sum(budget_nok) as budget_nok,
        sum(ytd_actual_nok) as ytd_actual_nok,
        sum(ytd_budget_nok) as ytd_budget_nok,
        sum(annual_budget_nok) as annual_budget_nok
    from line_amounts
    group by year_number, from_month_key, to_month_key, sum_group
),

kinds as (
    select
        year_number,
        from_month_key,
        to_month_key,
        sum(case when group_kind = 'revenue' then actual_nok else 0 end) as revenue_actual_nok,
        sum(case when group_kind = 'revenue' then budget_nok else 0 end) as revenue_budget_nok,
        sum(case when group_kind = 'revenue' then ytd_actual_nok else 0 end) as revenue_ytd_actual_nok,
        sum(case when group_kind = 'revenue' then ytd_budget_nok else 0 end) as revenue_ytd_budget_nok,
        sum(case when group_kind = 'revenue' then annual_budget_nok else 0 end) as revenue_annual_budget_nok,
        sum(case when group_kind = 'cost' then actual_nok else 0 end) as cost_actual_nok,
        sum(case when group_kind = 'cost' then budget_nok else 0 end) as cost_budget_nok,
        sum(case when group_kind = 'cost' then ytd_actual_nok else 0 end) as cost_ytd_actual_nok,
        sum(case when group_kind = 'cost' then ytd_budget_nok else 0 end) as cost_ytd_budget_nok,
        sum(case when group_kind = 'cost' then annual_budget_nok else 0 end) as cost_annual_budget_nok,
        sum(case when group_kind = 'finance' then actual_nok else 0 end) as finance_actual_nok,
        sum(case when group_kind = 'finance' then budget_nok else 0 end) as finance_budget_nok,
        sum(case when group_kind = 'finance' then ytd_actual_nok else 0 end) as finance_ytd_actual_nok,
        sum(case when group_kind = 'finance' then ytd_budget_nok else 0 end) as finance_ytd_budget_nok,
        sum(case when group_kind = 'finance' then annual_budget_nok else 0 end) as finance_annual_budget_nok,
        max(case when group_kind = 'cost' then group_order end) as last_cost_group_order,
        max(group_order) + 1 as after_last_group_order
    from groups
    group by year_number, from_month_key, to_month_key
),

-- each row with its place: (group_order, place within the group, line_order)
report_rows as (
    select
        line_amounts.year_number,
        line_amounts.from_month_key,
        line_amounts.to_month_key,
        groups.group_order,
        0 as place_in_group,
        line_amounts.line_order,
        line_amounts.report_line_name as row_name,
        'line' as row_kind,
        line_amounts.line_kind = 'revenue' as is_more_better,
        line_amounts.actual_nok,
        line_amounts.budget_nok,
        line_amounts.ytd_actual_nok,
        line_amounts.ytd_budget_nok,
        line_amounts.annual_budget_nok
    from line_amounts
    join groups
        on groups.from_month_key = line_amounts.from_month_key
        and groups.to_month_key = line_amounts.to_month_key
        and groups.sum_group = line_amounts.sum_group
    where groups.group_kind <> 'finance'

    union all

    select
        year_number,
        from_month_key,
        to_month_key,
        group_order,
        1 as place_in_group,
        0 as line_order,
        'Sum ' || sum_group as row_name,
        'sum' as row_kind,
        group_kind = 'revenue' as is_more_better,
        actual_nok,
        budget_nok,
        ytd_actual_nok,
        ytd_budget_nok,
        annual_budget_nok
    from groups
    where group_kind <> 'finance'

    union all

    select
        year_number,
        from_month_key,
        to_month_key,
        last_cost_group_order as group_order,
        2 as place_in_group,
        0 as line_order,
        'Sum Totale Kostnader' as row_name,
        'total_costs' as row_kind,
        false as is_more_better,
        cost_actual_nok,
        cost_budget_nok,
        cost_ytd_actual_nok,
        cost_ytd_budget_nok,
        cost_annual_budget_nok
    from kinds
    where last_cost_group_order is not null

    union all

    select
        year_number,
        from_month_key,
        to_month_key,
        after_last_group_order as group_order,
        0 as place_in_group,
        0 as line_order,
        'Sum Finans' as row_name,
        'finance' as row_kind,
        false as is_more_better,
        finance_actual_nok,
        finance_budget_nok,
        finance_ytd_actual_nok,
        finance_ytd_budget_nok,
        finance_annual_budget_nok
    from kinds

    union all

    select
        year_number,
        from_month_key,
        to_month_key,
        after_last_group_order as group_order,
        1 as place_in_group,
        0 as line_order,
        'Resultat' as row_name,
        'result' as row_kind,
        true as is_more_better,
        revenue_actual_nok - cost_actual_nok - finance_actual_nok,
        revenue_budget_nok - cost_budget_nok - finance_budget_nok,
        revenue_ytd_actual_nok - cost_ytd_actual_nok - finance_ytd_actual_nok,
        revenue_ytd_budget_nok - cost_ytd_budget_nok - finance_ytd_budget_nok,
        revenue_annual_budget_nok - cost_annual_budget_nok - finance_annual_budget_nok
    from kinds
),

known_rows as (
    select
        report_rows.year_number,
        report_rows.from_month_key,
        report_rows.to_month_key,
        report_rows.group_order,
        report_rows.place_in_group,
        report_rows.line_order,
        report_rows.row_name,
        report_rows.row_kind,
        report_rows.is_more_better,
        case when coverage.is_period_covered then report_rows.actual_nok end as actual_nok,
        report_rows.budget_nok,
        case when coverage.is_year_to_date_covered then report_rows.ytd_actual_nok end as ytd_actual_nok,
        report_rows.ytd_budget_nok,
        report_rows.annual_budget_nok
    from report_rows
    join coverage using (from_month_key, to_month_key)
),

final as (
    select
        from_month_key,
        to_month_key,
        year_number,
        row_number() over (
            partition by from_month_key, to_month_key
            order by group_order, place_in_group, line_order
        ) as row_order,
        row_name,
        row_kind,
        is_more_better,
        actual_nok,
        budget_nok,
        case when is_more_better then actual_nok - budget_nok else budget_nok - actual_nok end as deviation_nok,
        ytd_actual_nok,
        ytd_budget_nok,
        case when is_more_better then ytd_actual_nok - ytd_budget_nok else ytd_budget_nok - ytd_actual_nok end as ytd_deviation_nok,
        annual_budget_nok
    from known_rows
)

select * from final
