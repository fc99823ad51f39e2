-- Which months of fct_turnus_aml_breach a night rewrites. A breach dated in month M is measured from
-- the person's working time of at most the 52 weeks before its date (OVERTIME_52_WEEKS: the ISO week
-- and the 51 before it), of the day or week after it (the rests look at the next interval), and from the
-- dispensation on its date. So M's rows are computed from the intervals that overlap the months M-13 to
-- M+1 and the dispensation of M's days. Here M has a fingerprint of each week-month's pieces of
-- intervals (int_turnus__aml_interval_weeks: the pieces of the weeks starting in a month lie in it and
-- the next, so M reads the weeks starting in M-14 to M+1) and of what gives its days' dispensation (the
-- employment rows and the days of int_turnus__aml_dispensation_span, cut to M). A change to a month's
-- shifts thus widens to the month before it and the 14 after it, as far as the windows reach. A month
-- whose rows here differ from the last build's is rewritten.
-- Grain: month x part. Key: (month_key, part).
-- Columns:
--   month_key: the month of the breach dates, as yyyymm.
--   part: what the fingerprint is of: the interval pieces of the weeks starting in a month, or the dispensation.
--   row_count: the rows it is of.
--   fingerprint: the rows' fingerprint (rows_fingerprint).
-- Materialized: table (the months whose rows change here are the months fct_turnus_aml_breach rewrites).
with pieces as (
    select * from intermediate.int_turnus__aml_interval_weeks
),

employments as (
    select * from intermediate.int_turnus__employments
),

span as (
    select * from intermediate.int_turnus__aml_dispensation_span
),

week_month_parts as (
    select
        cast(date_trunc('month', week_start_date) as date) as week_month_start_date,
        count(*) as row_count,
        rows_fingerprint(row(interval_kind, employee_key, interval_start_at, piece_start_at, piece_end_at)) as fingerprint
    from pieces
    group by week_month_start_date
),

-- the breach months that read a week-month's pieces: the one before it to the 14 after it
read_by as (
    select
        cast(months_of(
            week_month_parts.week_month_start_date - interval 1 month,
            week_month_parts.week_month_start_date + interval 14 month
        ) as date) as breach_month_start_date,
        'interval pieces of the weeks of ' || month_label(week_month_parts.week_month_start_date) as part,
        week_month_parts.row_count,
        week_month_parts.fingerprint
    from week_month_parts
),

-- the days of each month the dispensation covers
span_months as (
    select
        month_start_date,
        greatest(month_start_date, first_date) as from_date,
        least(last_day(month_start_date), last_date) as to_date
    from (
        select
            cast(months_of(date_trunc('month', first_date), date_trunc('month', last_date)) as date) as month_start_date,
            first_date,
            last_date
        from span
        where first_date is not null
    )
),

-- no breach is dated outside the days the dispensation covers
breach_months as (
    select read_by.*
    from read_by
    semi join span_months on span_months.month_start_date = read_by.breach_month_start_date
),

-- a month's dispensation days are its employment rows cut to those days
dispensation_parts as (
    select
        span_months.month_start_date as breach_month_start_date,
        'dispensation' as part,
        count(employments.employee_key) as row_count,
        rows_fingerprint(row(
            employments.employee_key,
            employments.has_aml_dispensation,
            greatest(employments.valid_from, span_months.from_date),
            least(coalesce(employments.valid_to, span_months.to_date), span_months.to_date),
            span_months.from_date,
            span_months.to_date
        )) as fingerprint
    from span_months
    left join employments
        on employments.valid_from <= span_months.to_date
        and coalesce(employments.valid_to, span_months.to_date) >= span_months.from_date
    group by span_months.month_start_date
),

final as (
    select
        year(breach_month_start_date) * 100 + month(breach_month_start_date) as month_key,
        part,
        row_count,
        fingerprint
    from (select * from breach_months union all select * from dispensation_parts)
)

select * from final
