-- Analysis types of each SAF-T file (A = department, P = project, others as they are).
-- Grain: (analysis_type, analysis_id) x source_file. Key: (analysis_type, analysis_id, source_file).
with source as (
    select * from raw.ledger__saft
    where record_kind = 'analysis_type'
),

renamed as (
    select
        analysis_type,
        analysis_type_description,
        analysis_id,
        analysis_id_description,
        source_file,
        delivery_stamp,
        record_no
    from source
),

final as (
    select * from renamed
)

select * from final
