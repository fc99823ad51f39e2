-- Seed data: the key figures of the report's "Nøkkeltall i foretaket" (definitions.md, "Key figures
-- of the year") in the report's order, with their targets, which the HR owners can change here.
-- target_per_month is the monthly limit the figure must stay below (empty: no target); where
-- is_target_per_month, the year to date's limit is target_per_month x the number of months (a
-- count), else the same limit (a share). target_text_nb is the report's wording of the target.
-- Grain: figure. Key: figure.
with seed (figure, figure_order, figure_name_nb, unit, target_per_month, is_target_per_month, target_text_nb) as (
    values
        ('sick_leave_pct', 1, 'Sykefravær', 'pct', 5.0, false, '< 5 %'),
        ('aml_breaches', 2, 'AML-brudd', 'count', 8.0, true, '< 8 stk. pr. mnd.'),
        ('overtime_hours', 3, 'Overtidstimer', 'hours', cast(null as double), false, cast(null as varchar)),
        ('callout_hours', 4, 'Timer utrykning', 'hours', cast(null as double), false, cast(null as varchar))
),

final as (
    select * from seed
)

select * from final
