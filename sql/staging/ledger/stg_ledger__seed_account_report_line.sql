-- Seed data: which report line each account range maps to (definitions.md, the default mapping), with dates
-- of validity so that a change of mapping can be dated: to move a range, end its row (valid_to) and add a
-- row from the next day. Accounts outside 3000-8199 are balance-sheet accounts and map to no line.
-- Grain: account range x validity. Key: (account_from, valid_from).
with seed (report_line_name, account_from, account_to, valid_from, valid_to) as (
    values
        ('Driftsinntekt', 3000, 3199, date '2015-01-01', cast(null as date)),
        ('Forvaltningsinntekt', 3200, 3299, date '2015-01-01', null),
        ('Annen inntekt', 3300, 3999, date '2015-01-01', null),
        ('Lønninger', 5000, 5019, date '2015-01-01', null),
        ('Overtid', 5020, 5029, date '2015-01-01', null),
        ('Faste tillegg', 5030, 5089, date '2015-01-01', null),
        ('Feriepenger', 5090, 5099, date '2015-01-01', null),
        ('Feriepenger', 5180, 5189, date '2015-01-01', null),
        ('Pensjonskostnad', 5420, 5429, date '2015-01-01', null),
        ('Pensjonskostnad', 5940, 5959, date '2015-01-01', null),
        ('Arbeidsgiveravgift', 5400, 5419, date '2015-01-01', null),
        ('Andre personalkostnader', 5100, 5179, date '2015-01-01', null),
        ('Andre personalkostnader', 5190, 5399, date '2015-01-01', null),
        ('Andre personalkostnader', 5430, 5939, date '2015-01-01', null),
        ('Andre personalkostnader', 5960, 5999, date '2015-01-01', null),
        ('Avskrivninger', 6000, 6099, date '2015-01-01', null),
        ('Husleie/Behold', 6300, 6399, date '2015-01-01', null),
        ('IT utstyr og vedlikehold', 6400, 6539, date '2015-01-01', null),
        ('IT utstyr og vedlikehold', 6550, 6559, date '2015-01-01', null),
        ('IT utstyr og vedlikehold', 6570, 6699, date '2015-01-01', null),
        ('Tjenestekjøp', 6700, 6789, date '2015-01-01', null),
        ('Frikjøp', 6790, 6799, date '2015-01-01', null),
        ('Kontorutstyr', 6540, 6549, date '2015-01-01', null),
        ('Kontorutstyr', 6560, 6569, date '2015-01-01', null),
        ('Kontorutstyr', 6800, 6859, date '2015-01-01', null),
        ('Kontorutstyr', 6870, 6899, date '2015-01-01', null),
        ('Telefon og mobil', 6900, 6906, date '2015-01-01', null),
        ('Telefon og mobil', 6908, 6999, date '2015-01-01', null),
        ('Transmisjon og data', 6907, 6907, date '2015-01-01', null),
        ('Møter, kurs og forum', 6860, 6869, date '2015-01-01', null),
        ('Reisekostnader', 7100, 7199, date '2015-01-01', null),
        ('Lisens, support og garanti', 7500, 7699, date '2015-01-01', null),
        ('Andre kostnader', 4000, 4999, date '2015-01-01', null),
        ('Andre kostnader', 6100, 6299, date '2015-01-01', null),
        ('Andre kostnader', 7000, 7099, date '2015-01-01', null),
        ('Andre kostnader', 7200, 7499, date '2015-01-01', null),
        ('Andre kostnader', 7700, 7999, date '2015-01-01', null),
        ('Finans', 8000, 8199, date '2015-01-01', null)
),

final as (
    select * from seed
)

select * from final
