#!/usr/bin/env bash
# One corpus text's Akoma Ntoso against the OASIS schema: congvan writes it
# to a temporary file, xmllint validates it; either failing fails the test.
# Usage: validate.sh CONGVAN XMLLINT SCHEMA TEXT
set -euo pipefail
congvan=$1 xmllint=$2 schema=$3 text=$4
out=$(mktemp --suffix=.akn.xml)
trap 'rm -f "$out"' EXIT
"$congvan" parse --format akn "$text" -o "$out"
"$xmllint" --noout --schema "$schema" "$out"
