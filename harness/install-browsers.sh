#!/usr/bin/env bash
# Installs the browsers Siyaq's demo, browser tests and benchmarks drive, when they are missing:
# on Debian and Ubuntu with apt-get (as root, or through sudo), printing each command it runs.
# Elsewhere it says what to install. The one installer of the project: .ci/run runs it, and the
# demo and the benchmarks run it when they find no browser (harness/browsers.ts).
#
#   bash harness/install-browsers.sh [chromium] [firefox]    (both when none is named)
#
# Exit status: 0 when every browser asked for is there (already, or now); 1 when it could not be
# installed here (the message says what to do).
set -euo pipefail

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(chromium firefox)

# A browser is there when its executable is on PATH or its variable names one.
have() {
  case "$1" in
    chromium)
      [ -n "${CHROME_PATH:-}" ] && return 0
      command -v chromium || command -v chromium-browser || command -v google-chrome || command -v google-chrome-stable
      ;;
    firefox)
      [ -n "${FIREFOX_PATH:-}" ] && return 0
      command -v firefox-esr || command -v firefox
      ;;
    *)
      echo "install-browsers: unknown browser '$1' (chromium or firefox)" >&2
      exit 2
      ;;
  esac
} >/dev/null

hint() {
  case "$1" in
    chromium) echo 'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set CHROME_PATH to its executable.' ;;
    firefox) echo 'No Firefox found. Install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to its executable.' ;;
  esac
}

missing=()
for b in "${want[@]}"; do have "$b" || missing+=("$b"); done
[ ${#missing[@]} -gt 0 ] || exit 0

give_up() {
  echo "install-browsers: $1" >&2
  for b in "${missing[@]}"; do hint "$b" >&2; done
  exit 1
}

# Debian and its derivatives (Ubuntu) only: the package names below are theirs.
os_release=${SIYAQ_OS_RELEASE:-/etc/os-release}
distro=$( . "$os_release" 2>/dev/null && echo "${ID:-} ${ID_LIKE:-}" ) || distro=''
case " $distro " in
  *" debian "* | *" ubuntu "*) ;;
  *) give_up 'not Debian or Ubuntu, so nothing was installed.' ;;
esac
command -v apt-get >/dev/null || give_up 'apt-get is not on PATH, so nothing was installed.'

# Debian packages the real browsers; Ubuntu's chromium-browser and firefox install snaps.
packages=()
for b in "${missing[@]}"; do
  case "$b:$distro" in
    chromium:*ubuntu*) packages+=(chromium-browser) ;;
    chromium:*) packages+=(chromium) ;;
    firefox:*ubuntu*) packages+=(firefox) ;;
    firefox:*) packages+=(firefox-esr) ;;
  esac
done
# Arabic and Latin glyphs for pages and screenshots.
packages+=(fonts-dejavu-core)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || give_up 'apt-get needs root, and sudo is not on PATH.'
  as_root=(sudo)
fi

run() {
  echo "+ $*" >&2
  "$@"
}
echo "install-browsers: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
run "${as_root[@]}" apt-get update -qq || give_up 'apt-get update failed.'
run "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" || give_up 'apt-get install failed.'

for b in "${missing[@]}"; do have "$b" || give_up "apt-get finished, but $b is still not on PATH."; done
