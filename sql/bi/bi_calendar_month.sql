-- Power BI: the month dimension, to relate every monthly view on month_key.
-- Grain: month. Key: month_key.
-- Columns:
--   month_key: the month as yyyymm, the key every monthly view relates on.
--   month_start_date: the first day of the month.
--   month_end_date: the last day of the month.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   month_name_nb: the month's Norwegian name (januar ... desember).
--   month_short_name_nb: the month's short Norwegian name (jan ... des).
--   month_label: the month as yyyy-MM.
--   days_in_month: the days of the month.
--   hours_in_month: the month's real length in Europe/Oslo (743 or 745 hours in the months with a daylight-saving change).
--   is_reporting_month: the month the publication reports (the month of the day before the run date).
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
with months as (
    select * from marts.dim_calendar_month
),

final as (
    select
        cast(month_key as integer) as month_key,
        month_start_date,
        month_end_date,
        cast(year_number as integer) as year_number,
        cast(month_number as integer) as month_number,
        month_name_nb,
        month_short_name_nb,
        month_label,
        cast(days_in_month as integer) as days_in_month,
        hours_in_month,
        is_reporting_month,
        is_year_to_date,
        is_last_13_months
    from months
)

select * from final
