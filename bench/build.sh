#!/usr/bin/env bash
# Whole-process build benchmark: `qadocs:build` as users run it without a pom, against Hugo + Pagefind 1.6 on the
# same pages, each run in turn RUNS times; prints one table of medians and the ratios measured in the same run.
#   bench/build.sh                      RUNS=3 CORPORA="real 10k 50k 100k" by default
#   RUNS=1 CORPORA=real bench/build.sh  one quick comparison; ONLY_PREPARE=1 writes the corpora only
# Corpora: "real" is every page of ../shared/corpus (mintlify + wild) copied into part-N/ folders up to ~18 MB;
# "10k" etc. are SyntheticCorpus sites of 100 questions per page, built with -Xmx512m (the memory bar).
# The plugin is installed into a private local repository under target/bench/, never into ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/bench
repo=$work/m2
runs=${RUNS:-3}
corpora=${CORPORA:-real 10k 50k 100k}
version=0.1.0-SNAPSHOT
# All rules as warnings: someone else's pages link to chapters that are not in the folder.
rules=missing-answer,empty-section,duplicate-number,numbering,duplicate-anchor,missing-title,heading-level
rules=$rules,empty-category,duplicate-title,broken-link,broken-anchor,missing-asset,malformed-url,external-link
rules=$rules,unclosed-tag,mismatched-tag,front-matter,config,invalid-utf8,binary-file,unreadable
rules=$(tr ',' '\n' <<<"$rules" | sed 's/$/=warning/' | paste -sd,)

need() { command -v "$1" >/dev/null || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }
need hugo hugo
[ -x /usr/bin/time ] || { echo "installing time"; apt-get install -y -qq time >/dev/null; }
mkdir -p "$work/tools" "$work/nopom"
[ -x "$work/tools/node_modules/.bin/pagefind" ] ||
    (cd "$work/tools" && npm install --silent --no-audit --no-fund pagefind@1.6.0 >/dev/null)
pagefind=$work/tools/node_modules/.bin/pagefind

# A private copy of the shared repository, so installing the snapshot cannot disturb other builds.
[ -d "$repo" ] || { cp -r "$HOME/.m2/repository" "$repo"; rm -rf "$repo/dev/qadocs"; }
if [ -n "${ONLY_PREPARE:-}" ]; then
    mvn -B -q -o test-compile -pl core -am >/dev/null
else
    mvn -B -q -o -DskipTests -Dmaven.repo.local="$repo" install -pl plugin -am >/dev/null
fi

# corpus NAME -> $work/corpora/NAME/{content,hugo}
corpus() {
    local dir=$work/corpora/$1
    [ -d "$dir/hugo" ] && return
    mkdir -p "$dir/content"
    case $1 in
        real)
            local pages bytes copies
            pages=$(find "$root/../shared/corpus" -name '*.md' -o -name '*.mdx')
            bytes=$(cat $pages | wc -c)
            copies=$(( (18000000 + bytes / 2) / bytes ))
            for n in $(seq -w 1 "$copies"); do
                for page in $pages; do
                    local to=$dir/content/part-$n/${page#"$root/../shared/corpus/"}
                    mkdir -p "$(dirname "$to")" && cp "$page" "$to"
                done
            done
            printf 'name: Shared corpus x%s\n' "$copies" > "$dir/content/qadocs.yml" ;;
        *k)
            java -cp "$root/core/target/test-classes" dev.qadocs.bench.SyntheticCorpus "$dir/content" \
                $(( ${1%k} * 10 )) 100 ;;
    esac
    # Hugo gets the same files as Markdown pages (it has no MDX), raw HTML kept, one plain layout. A page without
    # front matter gets a title, since Hugo refuses a Markdown file that starts with an HTML tag.
    mkdir -p "$dir/hugo/layouts/_default"
    (cd "$dir/content" && find . -name '*.md' -o -name '*.mdx') | while read -r page; do
        local to=$dir/hugo/content/${page%.mdx}$([[ $page == *.mdx ]] && echo .md)
        mkdir -p "$(dirname "$to")"
        { [ "$(head -c 3 "$dir/content/$page")" = --- ] || printf -- '---\ntitle: %s\n---\n' "$(basename "$page")"
          cat "$dir/content/$page"; } > "$to"
    done
    printf 'baseURL = "/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[markup.goldmark.renderer]\nunsafe = true\n' \
        > "$dir/hugo/config.toml"
    local layout='<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
    layout+='<body><main>{{ .Content }}{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</main></body></html>'
    for kind in single list index; do echo "$layout" > "$dir/hugo/layouts/_default/$kind.html"; done
}

# tree_rss_kb PID: "KB ALIVE", the summed RSS of PID and every process below it, and whether PID still runs.
tree_rss_kb() {
    ps -e -o pid=,ppid=,rss=,stat= | awk -v root="$1" '
        { parent[$1] = $2; rss[$1] = $3; if ($1 == root && $4 !~ /^Z/) alive = 1 }
        END { for (p in rss) { q = p; while (q != root && (q in parent) && q != parent[q]) q = parent[q]
                               if (q == root) sum += rss[p] }
              print sum + 0, alive + 0 }'
}

# measure LOG CMD... : runs CMD under /usr/bin/time; prints "cpu wall rss_mb". CPU (user + sys) is GNU time's, which
# counts every descendant it waited for. Peak RSS is not GNU time's: that is the largest single process, and a
# forked build (qadocs:build runs the core in a JVM of its own) is two. It is the largest sum of the RSS of CMD and
# all its descendants, sampled every 50 ms from ps, so peaks shorter than that can be missed.
measure() {
    local log=$1; shift
    /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 &
    local pid=$! peak=0 now alive=1
    while [ "$alive" = 1 ]; do
        read -r now alive < <(tree_rss_kb "$pid")
        (( now > peak )) && peak=$now
        sleep 0.05
    done
    wait "$pid" || { echo "FAILED: $* (see $log)" >&2; exit 1; }
    awk -F': ' -v peak="$peak" '/User time/ {u=$2} /System time/ {s=$2}
        /Elapsed \(wall/ {n=split($2, t, ":"); w=0; for (i=1; i<=n; i++) w=w*60+t[i]}
        END {printf "%.2f %.2f %.0f\n", u+s, w, peak/1024}' "$log.time"
}

files() { find "$1" -type f | wc -l; }
kbytes() { du -sb "$1" | awk '{printf "%.0f", $1/1024}'; }
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

printf '| corpus | tool | CPU s | wall s | peak RSS MB | output files | output KB | search files | search KB |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for name in $corpora; do
    [ -n "${ONLY_PREPARE:-}" ] && { corpus "$name"; continue; }
    corpus "$name"
    dir=$work/corpora/$name
    heap=; [ "$name" = real ] || heap=-Xmx512m
    : > "$dir/qadocs.runs"; : > "$dir/peers.runs"
    for run in $(seq "$runs"); do
        rm -rf "$dir/out"
        (cd "$work/nopom" && MAVEN_OPTS="$heap" measure "$dir/qadocs.log" mvn -B -q -o -Dmaven.repo.local="$repo" \
            "dev.qadocs:qadocs-maven-plugin:$version:build" -Dqadocs.source="$dir/content" \
            -Dqadocs.output="$dir/out" -Dqadocs.rules="$rules") >> "$dir/qadocs.runs"
        rm -rf "$dir/hugo/public"
        read -r hc hw hr < <(measure "$dir/hugo.log" hugo --quiet -s "$dir/hugo")
        read -r pc pw pr < <(measure "$dir/pagefind.log" "$pagefind" --site "$dir/hugo/public" --silent)
        echo "$hc $pc $hw $pw $hr $pr" | awk '{printf "%.2f %.2f %.0f\n", $1+$2, $3+$4, ($5>$6?$5:$6)}' >> "$dir/peers.runs"
    done
    for tool in qadocs peers; do
        for col in 1 2 3; do awk -v c=$col '{print $c}' "$dir/$tool.runs" | median; done | paste -sd' ' > "$dir/$tool.median"
    done
    read -r qc qw qr < "$dir/qadocs.median"
    read -r pc pw pr < "$dir/peers.median"
    qf=$(files "$dir/out"); qk=$(kbytes "$dir/out"); qsf=$(files "$dir/out/search"); qsk=$(kbytes "$dir/out/search")
    pf=$(files "$dir/hugo/public"); pk=$(kbytes "$dir/hugo/public")
    psf=$(files "$dir/hugo/public/pagefind"); psk=$(kbytes "$dir/hugo/public/pagefind")
    size="$(du -sb "$dir/content" | awk '{printf "%.1f MB", $1/1e6}'), $(find "$dir/content" -name '*.md*' | wc -l) pages"
    printf '| %s (%s) | qadocs:build | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$size" "$qc" "$qw" "$qr" "$qf" "$qk" "$qsf" "$qsk"
    printf '| | Hugo + Pagefind | %s | %s | %s | %s | %s | %s | %s |\n' "$pc" "$pw" "$pr" "$pf" "$pk" "$psf" "$psk"
    awk -v a="$qc $qw $qr $qf $qk $qsf $qsk" -v b="$pc $pw $pr $pf $pk $psf $psk" 'BEGIN {
        split(a, x, " "); split(b, y, " "); printf "| | **ratio** |";
        for (i=1; i<=7; i++) printf " %.2f× |", x[i]/y[i]; print "" }'
done
echo "medians of $runs run(s) in turn; CPU is user+sys of the whole process tree, peak RSS the process tree's sampled sum"
echo "(Hugo + Pagefind: both summed, RSS the larger)"
