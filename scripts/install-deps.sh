#!/usr/bin/env bash
# install-deps.sh — installs, with apt-get, the Debian packages delayc needs to
# build and test, and only those that are missing.  Meant for Debian 12 as root
# (or with sudo); does nothing when everything is there already.
set -euo pipefail

# llvm-14 brings llvm-config, which the build asks for LLVM's paths.
packages=(cmake make gcc clang libclang-dev libomp-dev llvm-14 llvm-14-tools python3 graphviz)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg -s "$p" >/dev/null 2>&1; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "install-deps: all dependencies present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
