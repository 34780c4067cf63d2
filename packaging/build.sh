#!/usr/bin/env bash
# Builds the Linux distribution of Chimera Workbench: a jlink runtime, a jpackage app image and a .deb.
#
#   packaging/build.sh                # shaded jar (mvn -B -DskipTests package) + runtime + app image + .deb
#   packaging/build.sh --skip-jar     # reuse target/chimera-workbench.jar (e.g. after `mvn -B verify`)
#   packaging/build.sh --no-deb       # stop after the app image (what CI does)
#   packaging/build.sh -o             # pass -o (offline) to Maven
#
# Output in target/packaging/ (or $CHIMERA_BUILD_DIR/packaging/):
#   runtime/                            the jlink'ed JDK modules (computed by jdeps over the shaded jar)
#   app-image/chimera-workbench/        bin/chimera-workbench launcher, lib/app (jar + sample-data), lib/runtime
#   chimera-workbench_<version>-1_amd64.deb
#
# JavaFX is NOT jlink'ed as modules: the OpenJFX jmods are not on Maven Central, so the app runs, as the
# shaded jar always has, on the class path with the JavaFX classes and Linux natives bundled in the jar
# (main class app.Launcher, which is not an Application). See packaging/README.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

skip_jar=false
build_deb=true
mvn_args=(-B)
for arg in "$@"; do
  case "$arg" in
    --skip-jar) skip_jar=true ;;
    --no-deb) build_deb=false ;;
    -o|--offline) mvn_args+=(-o) ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

build_dir="${CHIMERA_BUILD_DIR:-$root/target}"
[ -n "${CHIMERA_BUILD_DIR:-}" ] && mvn_args+=("-Dchimera.buildDir=$build_dir")
jar="$build_dir/chimera-workbench.jar"
out="$build_dir/packaging"
name=chimera-workbench
main_class=dev.chimera.workbench.app.Launcher

# The JDK tools come from the JDK that runs `java` (or JAVA_HOME), so the runtime matches the build.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  jdk_bin="$JAVA_HOME/bin"
else
  jdk_bin="$(dirname "$(readlink -f "$(command -v java)")")"
fi
for tool in jdeps jlink jpackage; do
  if [ ! -x "$jdk_bin/$tool" ]; then
    echo "build.sh: $jdk_bin/$tool not found; install a full JDK 17 (apt-get install openjdk-17-jdk-headless)" >&2
    exit 1
  fi
done

step() { echo "== $* ($(date +%T))"; }

if ! $skip_jar || [ ! -f "$jar" ]; then
  step "shaded jar: mvn ${mvn_args[*]} -DskipTests package"
  mvn "${mvn_args[@]}" -q -DskipTests package
fi

# Version from the jar's manifest (written from the pom); jpackage wants numbers only: 0.1.0-SNAPSHOT → 0.1.0.
version=""
if command -v unzip >/dev/null 2>&1; then
  version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
fi
if [ -z "$version" ]; then
  version="$(sed -n '0,/<version>/s/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml)"
fi
app_version="$(echo "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
echo "version $version (package version $app_version)"

rm -rf "$out"
mkdir -p "$out/input"

step "jdeps: JDK modules the jar needs"
modules="$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -1)"
# Loaded by name at run time, so jdeps cannot see them: locale data (number formats in other locales).
modules="$modules,jdk.localedata"
echo "$modules" | tee "$out/modules.txt"

step "jlink: runtime"
"$jdk_bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,de,fr --output "$out/runtime"

# lib/app holds the jar and the sample data, so SampleDataLocator (walks up from the jar) finds it on
# first launch.
cp "$jar" "$out/input/"
cp -r sample-data "$out/input/sample-data"

common=(--name "$name" --app-version "$app_version" --vendor "Chimera" --copyright "Chimera Workbench authors"
  --description "Desktop analysis workbench for LLM-inference benchmark results")

step "jpackage: app image"
"$jdk_bin/jpackage" --type app-image "${common[@]}" --dest "$out/app-image" \
  --input "$out/input" --main-jar chimera-workbench.jar --main-class "$main_class" \
  --runtime-image "$out/runtime" --icon packaging/icons/chimera-workbench.png \
  --java-options '-XX:MaxRAMPercentage=50'
rm -rf "$out/input"
echo "app image: $out/app-image/$name ($(du -sh "$out/app-image/$name" | cut -f1))"

if $build_deb; then
  missing=()
  command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
  command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "installing: ${missing[*]}"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    else
      echo "build.sh: the .deb needs ${missing[*]} (apt-get install ${missing[*]})" >&2
      exit 1
    fi
  fi
  step "jpackage: .deb"
  # JavaFX's natives are unpacked from the jar at run time, so jpackage cannot see their libraries: name them.
  "$jdk_bin/jpackage" --type deb "${common[@]}" --dest "$out" \
    --app-image "$out/app-image/$name" --icon packaging/icons/chimera-workbench.png \
    --resource-dir packaging/linux \
    --linux-package-name "$name" --linux-app-category science --linux-menu-group "Science;DataVisualization;" \
    --linux-shortcut --linux-deb-maintainer "chimera-workbench@users.noreply.github.com" \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1, fontconfig"
  deb="$(ls "$out"/*.deb)"
  echo "deb: $deb ($(du -h "$deb" | cut -f1))"
fi
step done
