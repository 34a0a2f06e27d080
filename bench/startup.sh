#!/usr/bin/env bash
# Start-up benchmark: wall time (median) and peak RSS of the CLI against a bare-JVM floor and a
# Node peer, all measured in one run on this machine. Usage: bench/startup.sh [RUNS]
# The launcher's JVM is measured, and JDK 17 too when the launcher picks a newer one (the rows of
# each JDK against that JDK's floors). Two floors, both `java Hello` started by the same java
# binary with the launcher's options: "floor" maps the launcher's own archive (Hello's jar appended
# to the class path), as the issue's target defines it, so the ratio is what modelconfig's code
# adds to a JVM start with that archive; "bare" maps an archive recorded from Hello alone, the same
# way (an AOT cache on JDK 24+, a dynamic CDS archive before), so that ratio also counts the cost
# of mapping modelconfig's archive.
# Needs: java 17, python3 (fixtures), hyperfine (installed with apt-get when missing, else a
# plain loop), /usr/bin/time (GNU, for peak RSS), node 20 + npm (optional: the GGUF peer row).
# Fixtures and results go to bench/out/ (git-ignored).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
out="$bench/out"
runs="${1:-15}"
mkdir -p "$out"
cd "$root"

if ! command -v hyperfine >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing hyperfine..." >&2
  apt-get install -y -qq hyperfine >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } || true
fi

echo "preparing: build, start-up archives, fixtures..." >&2
./modelconfig --version >/dev/null
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' \
  >"$out/Hello.java"
# in a jar: class-data archives do not take folders on the class path
if ! [ "$out/hello.jar" -nt "$out/Hello.java" ]; then
  mkdir -p "$out/hello" && javac --release 17 -d "$out/hello" "$out/Hello.java" &&
    jar cf "$out/hello.jar" -C "$out/hello" Hello.class && rm -f "$out"/hello-*.archive
fi
[ -f "$out/llama-8b-30-shards/model-00030-of-00030.safetensors" ] ||
  python3 "$bench/make_fixtures.py" sharded "$out/llama-8b-30-shards"
[ -f "$out/llama-8b-q4_k.gguf" ] || python3 "$bench/make_fixtures.py" gguf "$out/llama-8b-q4_k.gguf"

# The JDKs to measure: the launcher's choice, and JDK 17 when that is another one.
jdks=("")
jdk17="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
launcher_java="$(MODELCONFIG_SHOW_JAVA=1 ./modelconfig | sed -n 1p)"
if [ "$launcher_java" != "$jdk17/bin/java" ] && [ -x "$jdk17/bin/java" ] &&
    grep -q 'JAVA_VERSION="17' "$jdk17/release" 2>/dev/null; then
  jdks+=("$jdk17")
fi

names=() cmds=() groups=()
row() { names+=("$1"); cmds+=("$2"); groups+=("$3"); }
for jdk in "${jdks[@]}"; do
  launch="./modelconfig"
  [ -n "$jdk" ] && launch="env MODELCONFIG_JAVA=$jdk ./modelconfig"
  $launch --version >/dev/null 2>&1 # records this JDK's archive
  readarray -t java_cmd < <(MODELCONFIG_JAVA="$jdk" MODELCONFIG_SHOW_JAVA=1 ./modelconfig)
  java="${java_cmd[0]}" opts=() archive_opt=""
  for o in "${java_cmd[@]:1}"; do
    case "$o" in -XX:AOTCache=*|-XX:SharedArchiveFile=*) archive_opt="$o" ;; *) opts+=("$o") ;; esac
  done
  version="$("$java" -version 2>&1 | sed -n 1p | sed 's/.*version "\([0-9]*\).*/\1/')"
  # Hello's own archive, recorded as the launcher records modelconfig's
  hello_archive="$out/hello-$version"
  if [ ! -s "$hello_archive.archive" ]; then
    if [ "$version" -ge 25 ]; then
      "$java" "${opts[@]}" -XX:AOTCacheOutput="$hello_archive.archive" -cp "$out/hello.jar" Hello >/dev/null 2>&1 || true
    elif [ "$version" -ge 24 ]; then
      "$java" "${opts[@]}" -XX:AOTMode=record -XX:AOTConfiguration="$hello_archive.conf" -cp "$out/hello.jar" Hello >/dev/null 2>&1 || true
      "$java" "${opts[@]}" -XX:AOTMode=create -XX:AOTConfiguration="$hello_archive.conf" -XX:AOTCache="$hello_archive.archive" -cp "$out/hello.jar" Hello >/dev/null 2>&1 || true
    else
      "$java" "${opts[@]}" -XX:ArchiveClassesAtExit="$hello_archive.archive" -cp "$out/hello.jar" Hello >/dev/null 2>&1 || true
    fi
  fi
  hello_opt="-XX:SharedArchiveFile=$hello_archive.archive"
  [ "$version" -ge 24 ] && hello_opt="-XX:AOTCache=$hello_archive.archive"
  [ -n "$archive_opt" ] || hello_opt=""
  g="JDK $version"
  row "java Hello (floor: launcher's JVM, options, archive)" "$java ${opts[*]} $archive_opt -cp $root/app/target/modelconfig.jar:$out/hello.jar Hello" "$g"
  row "java Hello (bare: own archive)" "$java ${opts[*]} $hello_opt -cp $out/hello.jar Hello" "$g"
  row "java Hello (plain java, no options)" "$java -cp $out/hello.jar Hello" "$g"
  row "modelconfig --version" "$launch --version" "$g"
  row "resolve examples/tiny-llama" "$launch resolve examples/tiny-llama" "$g"
  row "resolve 30-shard llama-8b" "$launch resolve $out/llama-8b-30-shards --target h100-80gb" "$g"
  row "resolve 30-shard --json" "$launch resolve $out/llama-8b-30-shards --json --target h100-80gb" "$g"
  row "inspect llama-8b.gguf (128k vocab)" "$launch inspect $out/llama-8b-q4_k.gguf" "$g"
done
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$bench/node_modules/@huggingface/gguf" ]; then
    (cd "$bench" && npm install --no-audit --no-fund --silent >/dev/null 2>&1) || true
  fi
  if [ -d "$bench/node_modules/@huggingface/gguf" ]; then
    row "node @huggingface/gguf (peer)" "node $bench/gguf-peer.mjs $out/llama-8b-q4_k.gguf" "peer"
  else
    echo "skip: npm install of @huggingface/gguf failed (peer row omitted)" >&2
  fi
else
  echo "skip: node/npm not found (peer row omitted)" >&2
fi

median_ms() { # command -> median wall ms over $runs runs (after 3 warm-ups)
  local json="$out/hf.json"
  if command -v hyperfine >/dev/null; then
    hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$json"
  else
    local i t0 t1 ts=()
    for i in 1 2 3; do $1 >/dev/null 2>&1 || true; done
    for ((i = 0; i < runs; i++)); do
      t0=$(date +%s%N); $1 >/dev/null 2>&1 || true; t1=$(date +%s%N)
      ts+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${ts[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
  fi
}
peak_mib() { # command -> max peak RSS (MiB) over 3 runs
  local i kb max=0
  for i in 1 2 3; do
    /usr/bin/time -f '%M' -o "$out/rss.txt" $1 >/dev/null 2>&1 || true
    kb=$(tail -1 "$out/rss.txt")
    [ "$kb" -gt "$max" ] && max=$kb
  done
  awk -v k="$max" 'BEGIN {printf "%.1f\n", k/1024}'
}

echo "machine: $(nproc) cpus, load $(cut -d' ' -f1-3 /proc/loadavg); launcher's java: $launcher_java; runs=$runs"
printf '%-8s %-52s %10s %8s %7s %10s\n' "jdk" "command" "median ms" "x floor" "x bare" "peak MiB"
floor="" bare="" ms_node="" ms_inspect="" worst_rss=0 group=""
declare -A worst_resolve worst_bare
for i in "${!names[@]}"; do
  ms=$(median_ms "${cmds[$i]}")
  mib=$(peak_mib "${cmds[$i]}")
  if [ "${groups[$i]}" != "$group" ]; then group="${groups[$i]}"; floor=$ms; bare=""; fi
  [ -z "$bare" ] && [[ "${names[$i]}" == *bare* ]] && bare=$ms
  ratio=$(awk -v a="$ms" -v b="$floor" 'BEGIN {printf "%.1f", a/b}')
  ratio_bare=$(awk -v a="$ms" -v b="${bare:-$ms}" 'BEGIN {printf "%.1f", a/b}')
  printf '%-8s %-52s %10s %8s %7s %10s\n' "$group" "${names[$i]}" "$ms" "$ratio" "$ratio_bare" "$mib"
  case "${names[$i]}" in
    resolve*) worst_resolve[$group]=$(awk -v a="$ratio" -v b="${worst_resolve[$group]:-0}" 'BEGIN {print (a>b)?a:b}')
      worst_bare[$group]=$(awk -v a="$ratio_bare" -v b="${worst_bare[$group]:-0}" 'BEGIN {print (a>b)?a:b}')
      worst_rss=$(awk -v a="$mib" -v b="$worst_rss" 'BEGIN {print (a>b)?a:b}') ;;
    inspect*) [ -z "$ms_inspect" ] && ms_inspect=$ms; worst_rss=$(awk -v a="$mib" -v b="$worst_rss" 'BEGIN {print (a>b)?a:b}') ;;
    node*) ms_node=$ms ;;
  esac
done

verdict() { if [ "$1" = 1 ]; then echo "PASS"; else echo "MISS"; fi; }
echo
for g in "${!worst_resolve[@]}"; do
  w="${worst_resolve[$g]}"
  echo "target resolve <= 4x floor ($g):   worst ${w}x  $(verdict "$(awk -v a="$w" 'BEGIN {print (a<=4)}')")  (x bare: worst ${worst_bare[$g]}x)"
done
echo "target peak RSS <= 128 MiB:        worst ${worst_rss} MiB  $(verdict "$(awk -v a="$worst_rss" 'BEGIN {print (a<=128)}')")"
if [ -n "$ms_inspect" ] && [ -n "$ms_node" ]; then
  echo "target inspect faster than node:   $(awk -v a="$ms_inspect" -v b="$ms_node" 'BEGIN {printf "%.2fx of node", a/b}')  $(verdict "$(awk -v a="$ms_inspect" -v b="$ms_node" 'BEGIN {print (a<b)}')")"
else
  echo "target inspect faster than node:   not measured (inspect or node row missing)"
fi
