-- Interface model (fixed with the working-time breach engine): one row per valid employment row
-- of the newest employees file, overlapping rows left out. valid_to null = open-ended; both dates
-- inclusive. Grain: employment row. Key: (employee_key, valid_from).
-- Columns: the first seven of stg_turnus__employees, described there.
-- Materialized: table (read by the shift rows, the dispensation days and the employee and org-unit
-- dimensions: as a view it would be computed again in each).
with employment_rows as (
    select * from intermediate.int_turnus__employment_rows
),

final as (
    select
        employee_key,
        org_unit_id,
        employment_type,
        position_pct,
        valid_from,
        valid_to,
        has_aml_dispensation
    from employment_rows
    where not has_overlap
)

select * from final
