-- Calendar months with Norwegian names, their real length in Europe/Oslo (743 or 745 hours in the
-- months with a daylight-saving change) and flags relative to the reporting month: the month of
-- the last whole day before the run date. Grain: month. Key: month_key (yyyymm).
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
