#!/usr/bin/env bash
# Validates what `planar-cli export --to networkpolicy` writes against the Kubernetes OpenAPI
# schema for networking.k8s.io/v1 NetworkPolicy (docs/exports.md), with the npm packages
# pinned in package-lock.json, and shows the checker rejects the hand-made bad documents.
#
# Usage: run-schema-check.sh PLANAR_CLI [WORK_DIR]
# Exit: 0 all checks passed, 1 a check failed, 77 skipped (node/npm missing or the npm
# registry unreachable on a developer machine; with CI=true those fail instead).
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_root=$(cd "$here/../../.." && pwd)
cli=${1:?usage: run-schema-check.sh PLANAR_CLI [WORK_DIR]}
work=${2:-$(mktemp -d)}
skip_code=77

# On a developer machine a missing toolchain or registry is a skip; in CI it is a failure,
# because CI would otherwise go green without ever checking the schema.
cannot_run() {
    if [[ ${CI:-} == true ]]; then
        echo "FAIL: $1 (CI=true: the NetworkPolicy schema check must run, not be skipped)" >&2
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
cp "$here/package.json" "$here/package-lock.json" "$here/check-networkpolicies.mjs" "$checker/"
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
check() { node "$checker/check-networkpolicies.mjs" "$@"; }

passed=0
failed=0
pass() { echo "PASS: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL: $1"; failed=$((failed + 1)); }

# 1. The checker accepts a document using every field of the schema.
if out=$(check "$here/good/"*.yaml 2>&1); then
    pass "good fixtures accepted"
else
    echo "$out"
    fail "good fixtures rejected: the checker refuses valid NetworkPolicies"
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

# 3. What the exporter writes for the seed example, the constructed export test plans, a plan
# of YAML 1.1 look-alike names and a few generated plans validates, document by document.
plans=("$source_root/resources/examples/seed-three-planes.planar.yaml"
    "$source_root/tests/export/plans/"*.planar.yaml "$here/plans/"*.planar.yaml)
for seed in 1 2 3 4; do
    plan=$work/generated-$seed.planar.yaml
    if "$cli" generate --hosts 6 --workloads 30 --zones 3 --seed "$seed" -o "$plan" >/dev/null; then
        plans+=("$plan")
    else
        fail "planar-cli generate --seed $seed failed"
    fi
done
for plan in "${plans[@]}"; do
    name=$(basename "$plan" .planar.yaml)
    out_dir=$work/export-$name
    rm -rf "$out_dir"
    mkdir -p "$out_dir"
    # The trailing slash makes -o a folder, as for a user exporting into one.
    if ! "$cli" export "$plan" --to networkpolicy -o "$out_dir/" >/dev/null; then
        fail "$name: planar-cli export --to networkpolicy failed"
        continue
    fi
    manifest=$out_dir/networkpolicies.yaml
    if [[ ! -s $manifest ]]; then
        fail "$name: no networkpolicies.yaml written"
        continue
    fi
    out=$(check "$manifest" 2>&1)
    status=$?
    # Every document's line goes to the log; the failing ones are what a reader needs.
    echo "$out" | grep -v -E '^PASS|^[0-9]+ passed' | sed "s|^|  $name: |"
    if ((status == 0)); then
        pass "$name: $(tail -n 1 <<<"$out")"
    else
        fail "$name: exported NetworkPolicies violate the schema ($(tail -n 1 <<<"$out"))"
    fi
done

echo "$passed passed, $failed failed"
((failed == 0))
