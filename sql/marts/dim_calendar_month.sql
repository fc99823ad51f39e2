-- Calendar months with Norwegian names, their real length in Europe/Oslo (743 or 745 hours in the
-- months with a daylight-saving change) and flags relative to the reporting month: the month of
-- the last whole day before the run date. Grain: month. Key: month_key (yyyymm).
-- Columns:
--   month_key: the month as yyyymm.
--   month_start_date: the first day of the month.
--   month_end_date: the last day of the month.
--   year_number: the calendar year.
--   month_number: the month of the year, 1-12.
--   month_name_nb: the month's Norwegian name (januar ... desember).
--   month_short_name_nb: the month's short Norwegian name (jan ... des).
--   month_label: the month as yyyy-MM.
--   days_in_month: the days of the month.
--   hours_in_month: the month's real length in Europe/Oslo (743 or 745 hours in the months with a daylight-saving change).
--   is_reporting_month: the month the run reports (the month of the day before the run date).
--   is_year_to_date: January to the reporting month of its year.
--   is_last_13_months: the reporting month and the twelve before it.
with months as (
    select distinct month_key, month_start_date, year_number, month_number
    from marts.dim_calendar_date
),

reporting_month as (
    select cast(date_trunc('month', run_date() - interval 1 day) as date) as month_start_date
),

final as (
    select
        months.month_key,
        months.month_start_date,
        cast(months.month_start_date + interval 1 month - interval 1 day as date) as month_end_date,
        months.year_number,
        months.month_number,
        month_name_nb(months.month_number) as month_name_nb,
        month_short_name_nb(months.month_number) as month_short_name_nb,
        month_label(months.month_start_date) as month_label,
        day(months.month_start_date + interval 1 month - interval 1 day) as days_in_month,
        (
            epoch_seconds(oslo_month_start_at(year(months.month_start_date + interval 1 month), month(months.month_start_date + interval 1 month)))
            - epoch_seconds(oslo_month_start_at(months.year_number, months.month_number))
        ) / 3600 as hours_in_month,
        months.month_start_date = reporting_month.month_start_date as is_reporting_month,
        months.year_number = year(reporting_month.month_start_date)
            and months.month_start_date <= reporting_month.month_start_date as is_year_to_date,
        months.month_start_date > reporting_month.month_start_date - interval 13 month
            and months.month_start_date <= reporting_month.month_start_date as is_last_13_months
    from months
    cross join reporting_month
)

select * from final
