-- Analysis types of each SAF-T file (A = department, P = project, others as they are).
-- Grain: (analysis_type, analysis_id) x source_file. Key: (analysis_type, analysis_id, source_file).
-- Columns:
--   analysis_type: the SAF-T analysis type (A department, P project, others as they are).
--   analysis_type_description: its description.
--   analysis_id: the analysis id within the type.
--   analysis_id_description: its description.
--   source_file: the delivered file the row is from.
--   delivery_stamp: the file's delivery stamp (from its name).
--   record_no: the row's record number in that file.
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
