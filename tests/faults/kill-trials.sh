#!/bin/bash
# Kill -9 trials (issue 19, "Done when"): N runs of "steward copy --to NEW.sqlite" and N
# of "steward import", each killed with SIGKILL at a random moment, and after each:
#   copy:   the target is absent, or a whole inventory ("steward check" ok, every table
#           as many rows as the source's); what else is left in its folder is named as
#           unfinished (*.partial-XXXXXXXX) and does not open as an inventory;
#   import: the inventory holds what it held before or all of the import (row counts),
#           and "steward check" is ok.
# Prints the counts: trials, whole, absent/as before, corrupt, half-made.
#
# usage: kill-trials.sh STEWARD [N] [SERVICES]
#   STEWARD   the steward executable
#   N         trials of each kind (default 100)
#   SERVICES  services in the generated inventory and import (default 3000)
# Needs sqlite3 (the command-line shell) to count rows. Exit status 1 if any trial left
# a corrupt or half-made file.
set -u
STEWARD=${1:?usage: kill-trials.sh STEWARD [N] [SERVICES]}
N=${2:-100}
SERVICES=${3:-3000}
command -v sqlite3 >/dev/null || { echo "kill-trials: needs sqlite3" >&2; exit 2; }
WORK=$(mktemp -d "${TMPDIR:-/tmp}/steward-kill-trials.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
TABLES="item provider host service also_runs_on item_alias item_tag link_type status_def item_link contact
contact_address contact_tag team_member assignment change_batch change_log search_doc"

# Row counts of every table, one line. The file is opened for writing (as the window and
# every write command open it), so a hot journal a kill left is rolled back first.
counts() {
    local sql=""
    for t in $TABLES; do sql="$sql SELECT '$t=' || count(*) FROM $t;"; done
    sqlite3 -batch "$1" "$sql" 2>&1 | tr '\n' ' '
}

# The CSV files of a generated inventory: 1 provider, SERVICES/20 hosts, SERVICES services,
# SERVICES/10 contacts, an owner per service.
generate() {
    local dir=$1 n=$2
    mkdir -p "$dir"
    printf 'name,kind,full_name,website,location,config_tool,config_tool_url,config_repo,status,description,notes,aliases,tags\n' >"$dir/providers.csv"
    printf 'Trial Cloud,vm,Trial Cloud Ltd,https://cloud.example,,,,,active,,,,\n' >>"$dir/providers.csv"
    awk -v n="$n" 'BEGIN { print "provider,name,kind,hostname,status,description,notes,aliases,tags";
        for (i = 0; i < n / 20; i++) printf "Trial Cloud,host-%05d,vm,host-%05d.example,active,,,,env=prod\n", i, i }' >"$dir/hosts.csv"
    awk -v n="$n" 'BEGIN { print "name,url,status,provider,hosts,served_through,description,source_url,notes,aliases,tags";
        h = int(n / 20); if (h < 1) h = 1;
        for (i = 0; i < n; i++) printf "service-%06d.example,https://service-%06d.example,active,Trial Cloud,host-%05d,,Service number %d.,,,svc-%06d,env=prod; tier=%d\n", i, i, i % h, i, i, i % 3 }' >"$dir/services.csv"
    awk -v n="$n" 'BEGIN { print "name,kind,team,addresses,members,notes,tags";
        for (i = 0; i < n / 10; i++) printf "Person %05d,person,,email: p%05d@example.org,,,\n", i, i }' >"$dir/contacts.csv"
    awk -v n="$n" 'BEGIN { print "item,item_kind,contact,role,priority,note";
        for (i = 0; i < n; i++) printf "service-%06d.example,service,Person %05d,owner,primary,\n", i, i % (n / 10) }' >"$dir/assignments.csv"
}

# Runs "$@" and kills it with SIGKILL after a random moment in [0, $1 ms).
kill_at_random() {
    local window=$1
    shift
    "$@" >/dev/null 2>&1 &
    local pid=$!
    local ms=$((RANDOM * 32768 + RANDOM))
    ms=$((ms % window))
    sleep "$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
}

now_ms() { date +%s%3N; }

echo "kill-trials: $N trials each, $SERVICES services, in $WORK"
generate "$WORK/csv" "$SERVICES"
"$STEWARD" init "$WORK/source.sqlite" --organisation "Trial Organisation" >/dev/null || exit 2
"$STEWARD" import "$WORK"/csv/*.csv --db "$WORK/source.sqlite" >/dev/null || { echo "kill-trials: the import failed" >&2; exit 2; }
SOURCE_COUNTS=$(counts "$WORK/source.sqlite")

# --- copy ---------------------------------------------------------------------------
mkdir -p "$WORK/out"
start=$(now_ms)
"$STEWARD" copy --from "$WORK/source.sqlite" --to "$WORK/out/full.sqlite" >/dev/null || exit 2
COPY_MS=$(($(now_ms) - start))
rm -f "$WORK/out/full.sqlite"
copy_whole=0 copy_absent=0 copy_corrupt=0 copy_half=0 copy_leftovers=0 copy_left_empty=0 copy_left_whole=0
for ((i = 0; i < N; i++)); do
    target="$WORK/out/new.sqlite"
    # A little past the whole run: some trials finish.
    kill_at_random $((COPY_MS * 12 / 10 + 1)) "$STEWARD" copy --from "$WORK/source.sqlite" --to "$target"
    if [ -e "$target" ]; then
        if "$STEWARD" check --db "$target" >/dev/null 2>&1 && [ "$(counts "$target")" = "$SOURCE_COUNTS" ]; then
            copy_whole=$((copy_whole + 1))
        elif [ "$(sqlite3 "$target" 'SELECT count(*) FROM item' 2>/dev/null)" = "" ]; then
            copy_corrupt=$((copy_corrupt + 1))
            echo "copy trial $i: corrupt target" >&2
        else
            copy_half=$((copy_half + 1))
            echo "copy trial $i: half-made target: $(counts "$target")" >&2
        fi
    else
        copy_absent=$((copy_absent + 1))
    fi
    for f in "$WORK"/out/*; do
        [ -e "$f" ] || continue
        [ "$f" = "$target" ] && continue
        case "$(basename "$f")" in
        *.partial-????????|*.partial-????????-journal)
            copy_leftovers=$((copy_leftovers + 1))
            # Named as unfinished. While the copy runs it has no Steward mark either; one
            # that opens was killed before the copy began (an empty schema) or after it
            # committed, before the rename (whole). One with some of the rows would be
            # half-made.
            case "$f" in *-journal) ;; *)
                if "$STEWARD" check --db "$f" >/dev/null 2>&1; then
                    if [ "$(sqlite3 "$f" 'SELECT count(*) FROM item' 2>/dev/null)" = "0" ]; then
                        copy_left_empty=$((copy_left_empty + 1))
                    elif [ "$(counts "$f")" = "$SOURCE_COUNTS" ]; then
                        copy_left_whole=$((copy_left_whole + 1))
                    else
                        copy_half=$((copy_half + 1))
                        echo "copy trial $i: leftover $(basename "$f") holds part of the rows" >&2
                    fi
                fi ;;
            esac ;;
        *)
            copy_half=$((copy_half + 1))
            echo "copy trial $i: unexpected leftover $(basename "$f")" >&2 ;;
        esac
    done
    rm -f "$WORK"/out/*
done

# --- import -------------------------------------------------------------------------
"$STEWARD" init "$WORK/before.sqlite" --organisation "Trial Organisation" >/dev/null || exit 2
BEFORE_COUNTS=$(counts "$WORK/before.sqlite")
cp "$WORK/before.sqlite" "$WORK/after.sqlite"
start=$(now_ms)
"$STEWARD" import "$WORK"/csv/*.csv --db "$WORK/after.sqlite" >/dev/null || exit 2
IMPORT_MS=$(($(now_ms) - start))
# The history's times differ from run to run; every count is compared.
AFTER_COUNTS=$(counts "$WORK/after.sqlite")
import_before=0 import_after=0 import_corrupt=0 import_half=0 import_check_refused=0
for ((i = 0; i < N; i++)); do
    target="$WORK/import.sqlite"
    cp "$WORK/before.sqlite" "$target"
    kill_at_random $((IMPORT_MS * 12 / 10 + 1)) "$STEWARD" import "$WORK"/csv/*.csv --db "$target"
    # A read-only check before anything rolls the journal back: fault 3 of the issue (not
    # counted as damage here, only reported).
    if [ -e "$target-journal" ] && ! "$STEWARD" check --db "$target" >/dev/null 2>&1; then
        import_check_refused=$((import_check_refused + 1))
    fi
    now=$(counts "$target")
    if ! "$STEWARD" check --db "$target" >/dev/null 2>&1; then
        import_corrupt=$((import_corrupt + 1))
        echo "import trial $i: check fails: $("$STEWARD" check --db "$target" 2>&1 | head -3)" >&2
    elif [ "$now" = "$BEFORE_COUNTS" ]; then
        import_before=$((import_before + 1))
    elif [ "$now" = "$AFTER_COUNTS" ]; then
        import_after=$((import_after + 1))
    else
        import_half=$((import_half + 1))
        echo "import trial $i: half an import: $now" >&2
    fi
    rm -f "$target" "$target-journal"
done

echo "copy: $N trials (a whole run $COPY_MS ms): whole $copy_whole, absent $copy_absent, corrupt $copy_corrupt, half-made $copy_half; unfinished files left by kills: $copy_leftovers (named *.partial-*; of them open: $copy_left_empty empty, killed before the copy began, and $copy_left_whole whole, killed before the rename)"
echo "import: $N trials (a whole run $IMPORT_MS ms): as before $import_before, whole import $import_after, corrupt $import_corrupt, half-made $import_half; check refused before the journal was rolled back: $import_check_refused"
[ $((copy_corrupt + copy_half + import_corrupt + import_half)) -eq 0 ]
