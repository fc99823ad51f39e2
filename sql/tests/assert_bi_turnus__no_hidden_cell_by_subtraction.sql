-- The differencing attack on every published staff table (sources.md, "Personal data"): for each
-- published total (reporting.rpt_turnus_*, and the bi totals of the breaches), the total less the
-- shown cells of its month and group is what the hidden cells hold together; where exactly one cell
-- is hidden, that is its value, recovered. An offending row is such a cell, with the recovered value.
-- The totals of a table do not overlap (per category within the month, or the month), so a cell that
-- no single total gives away cannot be worked out from several either. Reads only what is published
-- (bi, reporting), so it runs on the published file as it is. The breaches per rule of
-- reporting.rpt_turnus_aml_breaches_monthly are printed by the report and published as they are; the attack
-- on bi_turnus_aml_breaches_monthly uses the bi month total.
with headcount as (
    select * from bi.bi_turnus_headcount_monthly
),

sick_leave as (
    select * from bi.bi_turnus_sick_leave_monthly
),

hours as (
    select * from bi.bi_turnus_hours_monthly
),

breaches as (
    select * from bi.bi_turnus_aml_breaches_monthly
),

headcount_totals as (
    select * from reporting.rpt_turnus_headcount_monthly
),

sick_leave_totals as (
    select * from reporting.rpt_turnus_sick_leave_monthly
),

hours_totals as (
    select * from reporting.rpt_turnus_hours_monthly
),

breach_totals as (
    select * from bi.bi_turnus_aml_breaches_monthly_total
    where not is_suppressed
),

-- one row per total and figure: the month, the group, the published total, the shown cells' sum,
-- the hidden cells, one of their units and the group's cells
attacks as (
    select
        'bi_turnus_headcount_monthly' as published_table,
        'persons per category' as total_used,
        totals.month_key,
        totals.category as cell_group,
        totals.total_value,
        coalesce(sum(headcount.persons), 0) as shown_value,
        count(headcount.org_unit_key) filter (where headcount.is_suppressed) as hidden_cells,
        min(headcount.org_unit_name) filter (where headcount.is_suppressed) as hidden_unit,
        count(headcount.org_unit_key) as group_cells
    from (
        unpivot (select month_key, permanent_count as permanent, temporary_count as temporary, trainee_count as trainee from headcount_totals)
        on permanent, temporary, trainee into name category value total_value
    ) as totals
    left join headcount
        on headcount.month_key = totals.month_key
        and headcount.employment_category = totals.category
    group by totals.month_key, totals.category, totals.total_value

    union all

    select
        'bi_turnus_headcount_monthly',
        'persons',
        totals.month_key,
        'all',
        totals.total_count,
        coalesce(sum(headcount.persons), 0),
        count(headcount.org_unit_key) filter (where headcount.is_suppressed),
        min(headcount.org_unit_name) filter (where headcount.is_suppressed),
        count(headcount.org_unit_key)
    from headcount_totals as totals
    left join headcount using (month_key)
    group by totals.month_key, totals.total_count

    union all

    select
        'bi_turnus_headcount_monthly',
        'fte',
        totals.month_key,
        'all',
        totals.fte,
        coalesce(sum(headcount.fte), 0),
        count(headcount.org_unit_key) filter (where headcount.is_suppressed),
        min(headcount.org_unit_name) filter (where headcount.is_suppressed),
        count(headcount.org_unit_key)
    from headcount_totals as totals
    left join headcount using (month_key)
    group by totals.month_key, totals.fte

    union all

    select
        'bi_turnus_sick_leave_monthly',
        figures.figure,
        figures.month_key,
        'all',
        figures.total_value,
        figures.shown_value,
        figures.hidden_cells,
        figures.hidden_unit,
        per_month.group_cells
    from (
        select
            totals.month_key,
            count(sick_leave.org_unit_key) filter (where sick_leave.is_suppressed) as hidden_cells,
            min(sick_leave.org_unit_name) filter (where sick_leave.is_suppressed) as hidden_unit,
            count(sick_leave.org_unit_key) as group_cells,
            any_value(totals.employee_count) as persons_total,
            coalesce(sum(sick_leave.persons), 0) as persons_shown,
            any_value(totals.agreed_days) as agreed_days_total,
            coalesce(sum(sick_leave.agreed_days), 0) as agreed_days_shown,
            any_value(totals.lost_days_short_term) as lost_days_short_term_total,
            coalesce(sum(sick_leave.short_term_pct * sick_leave.agreed_days / 100), 0) as lost_days_short_term_shown,
            any_value(totals.lost_days_long_term) as lost_days_long_term_total,
            coalesce(sum(sick_leave.long_term_pct * sick_leave.agreed_days / 100), 0) as lost_days_long_term_shown
        from sick_leave_totals as totals
        left join sick_leave using (month_key)
        group by totals.month_key
    ) as per_month
    cross join lateral (
        values
            ('persons', per_month.month_key, cast(per_month.persons_total as double), cast(per_month.persons_shown as double), per_month.hidden_cells, per_month.hidden_unit),
            ('agreed days', per_month.month_key, per_month.agreed_days_total, per_month.agreed_days_shown, per_month.hidden_cells, per_month.hidden_unit),
            ('short-term lost days', per_month.month_key, per_month.lost_days_short_term_total, per_month.lost_days_short_term_shown, per_month.hidden_cells, per_month.hidden_unit),
            ('long-term lost days', per_month.month_key, per_month.lost_days_long_term_total, per_month.lost_days_long_term_shown, per_month.hidden_cells, per_month.hidden_unit)
    ) as figures(figure, month_key, total_value, shown_value, hidden_cells, hidden_unit)

    union all

    select
        'bi_turnus_hours_monthly',
        'hours per kind',
        totals.month_key,
        totals.hour_kind,
        totals.total_value,
        coalesce(sum(hours.hours), 0),
        count(hours.org_unit_key) filter (where hours.is_suppressed),
        min(hours.org_unit_name) filter (where hours.is_suppressed),
        count(hours.org_unit_key)
    from (
        unpivot (select month_key, overtime_hours as "Overtid", callout_hours as "Uttrykning" from hours_totals)
        on "Overtid", "Uttrykning" into name hour_kind value total_value
    ) as totals
    left join hours
        on hours.month_key = totals.month_key
        and hours.hour_kind = totals.hour_kind
    group by totals.month_key, totals.hour_kind, totals.total_value

    union all

    select
        'bi_turnus_aml_breaches_monthly',
        'breaches',
        totals.month_key,
        'all',
        totals.breaches,
        coalesce(sum(breaches.breaches), 0),
        count(breaches.aml_rule_key) filter (where breaches.is_suppressed),
        min(breaches.rule_id) filter (where breaches.is_suppressed),
        count(breaches.aml_rule_key)
    from breach_totals as totals
    left join breaches using (month_key)
    group by totals.month_key, totals.breaches
),

final as (
    select
        published_table,
        total_used,
        month_key,
        cell_group,
        hidden_unit as recovered_cell,
        round(total_value - shown_value, 6) as recovered_value
    from attacks
    -- a group of one cell is the organisation's total, which the report prints: nothing to protect
    -- (int_turnus__suppressed_cells)
    where hidden_cells = 1 and group_cells > 1
)

select * from final
