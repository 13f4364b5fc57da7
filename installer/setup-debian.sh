#!/usr/bin/env bash
# Installs the Debian packages that building, running and testing Planar need.
# Idempotent: when every package is already there it changes nothing and asks no registry.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache
    # the fuzz build: clang with its libFuzzer and sanitizer runtimes
    clang libclang-rt-14-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
    qt6-l10n-tools qt6-tools-dev-tools qt6-tools-dev # qt6-tools-dev: CMake config of Qt6::LinguistTools
    libyaml-cpp-dev
    # tests/bench times every YAML stage against a bare libyaml parse of the same file
    libyaml-dev pkg-config
    # tests: nft check mode, network namespaces, a display for screenshots
    nftables iproute2 xvfb xauth python3 python3-yaml fonts-dejavu-core
    # tests/e2e: the real window in a real X session, a window manager, input by xdotool
    xdotool matchbox-window-manager x11-apps # x11-apps: xwd, the e2e tests' screenshots
    # the ovs export is proven on a real user-space Open vSwitch (ovsdb-server, ovs-vswitchd
    # --enable-dummy, ovs-vsctl, ovs-ofctl, ovs-appctl): tests/export/ovs_probe.sh
    openvswitch-switch
    # virt-xml-validate and libvirt's RelaxNG schemas, which check the libvirt export
    # (tst_libvirtexporter); the smallest package that ships both
    libvirt-clients
    # Chinese glyphs for the zh_CN editor and its screenshot; the zh_CN report PDF embeds it
    fonts-wqy-microhei
    # pdftotext / pdfinfo / pdftoppm: the report and diagram tests read their PDFs back
    poppler-utils
    # npm fetches the schema-test packages over TLS
    ca-certificates
    # the package and its test (tests/package): cpack's dpkg-shlibdeps, the validators of the
    # desktop entry and AppStream metainfo, man -l for the man pages, the MIME database
    dpkg-dev desktop-file-utils appstream man-db shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The NetworkPolicy and Istio schema tests (tests/export/schema, tests/export/istio-schema)
# run node with pinned npm packages.
# A node or npm already on PATH (whatever its source) is kept: Debian's would conflict.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
