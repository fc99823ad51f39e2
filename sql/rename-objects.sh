#!/usr/bin/env bash
# Applies a rename map (default sql/renames-2026-12.tsv) to a checkout: moves the model and test
# files (git mv), puts staging and intermediate models in a folder per source
# (sql/staging/<source>/stg_<source>__<feed>.sql), and rewrites every name in SQL, Java, docs and
# scripts. Idempotent: run it again after a merge brings in files that use the old names.
#   usage: sql/rename-objects.sh [map.tsv]     (from the repository root)
set -euo pipefail
map="${1:-sql/renames-2026-12.tsv}"
self="sql/rename-objects.sh"

exact=()
prefix=()
while IFS=$'\t' read -r old new; do
    [[ -z "$old" || "$old" == \#* ]] && continue
    if [[ "$old" == *'*' ]]; then prefix+=("${old%\*}"$'\t'"${new%\*}"); else exact+=("$old"$'\t'"$new"); fi
done < "$map"

rename_to() { # prints the new name of a model name, or nothing
    local name="$1" pair
    for pair in "${exact[@]}"; do [[ "$name" == "${pair%%$'\t'*}" ]] && { echo "${pair#*$'\t'}"; return; }; done
    for pair in "${prefix[@]}"; do [[ "$name" == "${pair%%$'\t'*}"* ]] && { echo "${pair#*$'\t'}${name#"${pair%%$'\t'*}"}"; return; }; done
    return 0
}

# 1. the files: new name, and a folder per source below staging/ and intermediate/
mapfile -t files < <(git ls-files -- 'sql/*.sql' ':!sql/migrations/*')
for file in "${files[@]}"; do
    dir="$(dirname "$file")"
    name="$(basename "$file" .sql)"
    new="$(rename_to "$name")"
    new="${new:-$name}"
    layer="${dir#sql/}"; layer="${layer%%/*}"
    if [[ "$layer" == staging || "$layer" == intermediate ]] && [[ "$new" =~ ^(stg|int)_([a-z0-9]+)__ ]]; then
        dir="sql/$layer/${BASH_REMATCH[2]}"
    fi
    target="$dir/$new.sql"
    if [[ "$target" != "$file" ]]; then
        mkdir -p "$dir"
        git mv "$file" "$target"
    fi
done

# 2. the names in every tracked text file (not the migrations: applied ones are checksummed)
script="$(mktemp)"
for pair in "${exact[@]}"; do printf 's/\\b%s\\b/%s/g\n' "${pair%%$'\t'*}" "${pair#*$'\t'}"; done >> "$script"
for pair in "${prefix[@]}"; do printf 's/\\b%s/%s/g\n' "${pair%%$'\t'*}" "${pair#*$'\t'}"; done >> "$script"
# paths of staging and intermediate models get their source folder
printf 's#\\b(staging|intermediate)/(stg|int)_([a-z0-9]+)__#\\1/\\3/\\2_\\3__#g\n' >> "$script"
git ls-files -z -- '*.sql' '*.java' '*.md' '*.sh' '*.json' '*.yml' '*.yaml' '*.properties' '*.txt' '*.csv' \
        ':!sql/migrations/*' ":!$map" ":!$self" ':!warehouse/src/test/java/no/hdo/dw/warehouse/SqlStyleTests.java' \
    | xargs -0 sed -E -i -f "$script"
rm -f "$script"
