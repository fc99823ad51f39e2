-- Seed data: the lines of the business report's result table (definitions.md, "Result vs budget"), in the
-- report's order, with their kind (revenue, cost, finance) and the sum row they add up to.
-- Grain: report line. Key: report_line_name. Edit this list to change the report; it is data, not code.
with seed (line_order, report_line_name, line_kind, sum_group) as (
    values
        (1, 'Driftsinntekt', 'revenue', 'Omsetning'),
        (2, 'Forvaltningsinntekt', 'revenue', 'Omsetning'),
        (3, 'Annen inntekt', 'revenue', 'Omsetning'),
        (5, 'Lønninger', 'cost', 'Personalkostnader'),
        (6, 'Overtid', 'cost', 'Personalkostnader'),
        (7, 'Faste tillegg', 'cost', 'Personalkostnader'),
        (8, 'Feriepenger', 'cost', 'Personalkostnader'),
        (9, 'Pensjonskostnad', 'cost', 'Personalkostnader'),
        (10, 'Arbeidsgiveravgift', 'cost', 'Personalkostnader'),
        (11, 'Andre personalkostnader', 'cost', 'Personalkostnader'),
        (13, 'Avskrivninger', 'cost', 'Driftskostnader'),
        (14, 'Husleie/Behold', 'cost', 'Driftskostnader'),
        (15, 'IT utstyr og vedlikehold', 'cost', 'Driftskostnader'),
        (16, 'Tjenestekjøp', 'cost', 'Driftskostnader'),
        (17, 'Frikjøp', 'cost', 'Driftskostnader'),
        (18, 'Kontorutstyr', 'cost', 'Driftskostnader'),
        (19, 'Telefon og mobil', 'cost', 'Driftskostnader'),
        (20, 'Transmisjon og data', 'cost', 'Driftskostnader'),
        (21, 'Møter, kurs og forum', 'cost', 'Driftskostnader'),
        (22, 'Reisekostnader', 'cost', 'Driftskostnader'),
        (23, 'Lisens, support og garanti', 'cost', 'Driftskostnader'),
        (24, 'Andre kostnader', 'cost', 'Driftskostnader'),
        (27, 'Finans', 'finance', 'Finans')
),

final as (
    select * from seed
)

select * from final
