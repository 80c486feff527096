#!/usr/bin/env bash
# The browser tests use Debian's chromium (Playwright's own browser download is not reachable here)
# and poppler's pdfinfo, pdftotext and pdftoppm to read the printed PDFs.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$browser" ] || missing+=(chromium)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's ${missing[*]} for the browser tests..."
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	exit 0
fi
echo "The browser tests need ${missing[*]}: run 'sudo apt-get install ${missing[*]}' (chromium is looked for at $browser; set CHROMIUM_PATH to change it)." >&2
exit 1
