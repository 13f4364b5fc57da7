#!/usr/bin/env bash
# Validates what `planar-cli export --to istio` writes against the Istio CRD schemas for
# security.istio.io/v1 PeerAuthentication and AuthorizationPolicy (docs/exports.md), with the
# npm packages pinned in package-lock.json (@kubernetes-models/istio), and shows the checker
# rejects the hand-made bad documents. Mirrors tests/export/schema/run-schema-check.sh.
#
# Usage: run-istio-schema-check.sh PLANAR_CLI [WORK_DIR]
# Exit: 0 all checks passed, 1 a check failed, 77 skipped (node/npm missing or the npm
# registry unreachable on a developer machine; with CI=true those fail instead).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_root=$(cd "$here/../../.." && pwd)
cli=${1:?usage: run-istio-schema-check.sh PLANAR_CLI [WORK_DIR]}
work=${2:-$(mktemp -d)}
skip_code=77

# On a developer machine a missing toolchain or registry is a skip; in CI it is a failure,
# because CI would otherwise go green without ever checking the schema.
cannot_run() {
    if [[ ${CI:-} == true ]]; then
        echo "FAIL: $1 (CI=true: the Istio schema check must run, not be skipped)" >&2
        exit 1
    fi
    echo "SKIP: $1" >&2
    exit "$skip_code"
}

[[ -x $cli ]] || { echo "FAIL: planar-cli not found at $cli" >&2; exit 1; }
command -v node >/dev/null || cannot_run "node is not on PATH (installer/setup-debian.sh installs nodejs)"
command -v npm >/dev/null || cannot_run "npm is not on PATH (installer/setup-debian.sh installs npm)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 16)) || cannot_run "node $(node --version) is too old (need 16 or later)"

# Install into a copy in the build tree, so the source tree stays clean and two build
# folders never share a node_modules. npm ci runs again only when the lock file changed.
checker=$work/checker
mkdir -p "$checker"
cp "$here/package.json" "$here/package-lock.json" "$here/check-istio.mjs" "$checker/"
if [[ ! -d $checker/node_modules ]] || ! cmp -s "$here/package-lock.json" "$checker/.installed-lock.json"; then
    rm -f "$checker/.installed-lock.json"
    if ! npm_log=$(cd "$checker" && npm ci --no-audit --no-fund --prefer-offline \
        --fetch-retries=1 --fetch-timeout=60000 2>&1); then
        echo "$npm_log" >&2
        if grep -qE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|socket hang up' <<<"$npm_log"; then
            cannot_run "npm ci could not reach the npm registry"
        fi
        echo "FAIL: npm ci failed" >&2
        exit 1
    fi
    cp "$here/package-lock.json" "$checker/.installed-lock.json"
fi
check() { node "$checker/check-istio.mjs" "$@"; }

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

# 1. The checker accepts a document using every field of the schema.
if out=$(check "$here/good/"*.yaml 2>&1); then
    pass "good fixtures accepted"
else
    echo "$out"
    fail "good fixtures rejected: the checker refuses valid Istio policies"
fi

# 2. The checker rejects every bad fixture, for the reason its "# expect:" line names.
for bad in "$here/bad/"*.yaml; do
    name=bad/$(basename "$bad")
    expect=$(sed -n 's/^# expect: //p' "$bad" | head -n 1)
    if [[ -z $expect ]]; then
        fail "$name has no '# expect:' line"
        continue
    fi
    out=$(check "$bad" 2>&1)
    status=$?
    if ((status != 1)); then
        echo "$out"
        fail "$name: checker exited $status, expected 1 (rejected)"
    elif ! grep -F -- "$expect" <<<"$out" | grep -q '^FAIL'; then
        echo "$out"
        fail "$name: rejected, but not with: $expect"
    else
        pass "$name rejected"
    fi
done

# 3. What the exporter writes for the seed example, the constructed export test plans, the
# NetworkPolicy check's plan of YAML 1.1 look-alike names and a few generated plans validates,
# document by document, per namespace and with --mesh-wide.
plans=("$source_root/resources/examples/seed-three-planes.planar.yaml"
    "$source_root/tests/export/plans/"*.planar.yaml "$here/../schema/plans/"*.planar.yaml)
for seed in 1 2 3 4; do
    plan=$work/generated-$seed.planar.yaml
    if "$cli" generate --hosts 6 --workloads 30 --zones 3 --seed "$seed" -o "$plan" >/dev/null; then
        plans+=("$plan")
    else
        fail "planar-cli generate --seed $seed failed"
    fi
done
for plan in "${plans[@]}"; do
  for mode in per-namespace mesh-wide; do
    name=$(basename "$plan" .planar.yaml)-$mode
    extra=()
    [[ $mode == mesh-wide ]] && extra=(--mesh-wide)
    out_dir=$work/export-$name
    rm -rf "$out_dir"
    mkdir -p "$out_dir"
    # The trailing slash makes -o a folder, as for a user exporting into one.
    if ! "$cli" export "$plan" --to istio "${extra[@]}" -o "$out_dir/" >/dev/null; then
        fail "$name: planar-cli export --to istio failed"
        continue
    fi
    manifest=$out_dir/istio.yaml
    if ! grep -q '^kind: AuthorizationPolicy' "$manifest" 2>/dev/null; then
        fail "$name: istio.yaml missing or without an AuthorizationPolicy"
        continue
    fi
    out=$(check "$manifest" 2>&1)
    status=$?
    # Every document's line goes to the log; the failing ones are what a reader needs.
    echo "$out" | grep -v -E '^PASS|^[0-9]+ passed' | sed "s|^|  $name: |"
    if ((status == 0)); then
        pass "$name: $(tail -n 1 <<<"$out")"
    else
        fail "$name: exported Istio policies violate the schema ($(tail -n 1 <<<"$out"))"
    fi
  done
done

echo "$passed passed, $failed failed"
((failed == 0))
