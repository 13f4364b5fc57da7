#!/usr/bin/env bash
# Loads the nftables rulesets planar-cli exports for the seed example into network namespaces
# that stand for its hosts, and probes real TCP connections through them:
#   admin network -> SSH on the management NIC   accepted
#   business network -> SSH on the business NIC   dropped
#   linked VM network -> node-exporter (9100)      accepted on host1 (linked), dropped on host2
#   Pod address -> host                           dropped, and counted as pod-to-host
#   host -> Pod address                           dropped, and counted as host-to-pod
#   VM of one zone -> VM of another, routed by the host   dropped (cross-zone); forwarding itself works
#   cluster system flows between node1 (e-commerce) and node3 (payments), routed by the host:
#   BGP 179, API server 6443 (to the control plane), kubelet 10250 (from it) and IP-in-IP
#   (protocol 4) pass; SSH 22, kubelet from a worker and an unlisted port are dropped
# The seed plan gets two links with live exceptions for this test, to prove exceptions open
# exactly their flow: payments VM -> e-commerce VM on 5432, and host1 -> web Pods on 8080;
# and node1 becomes the control plane, so that the API server and kubelet flows exist.
# Usage: netns_probe.sh PLANAR_CLI SEED_PLAN. Exit 77 (skip) when namespaces cannot be made.
set -uo pipefail

cli=$1
plan=$2
skip() { echo "SKIP: $*"; exit 77; }
[[ $(id -u) -eq 0 ]] || skip "needs root to create network namespaces and load nftables rules"
command -v nft >/dev/null || skip "nft is missing (Debian package nftables)"
command -v ip >/dev/null || skip "ip is missing (Debian package iproute2)"
command -v python3 >/dev/null || skip "python3 is missing"

tag="pl$$"
namespaces=()
pids=()
work=$(mktemp -d)
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done
    for n in "${namespaces[@]}"; do ip netns del "$n" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

if ! ip netns add "$tag-probe" 2>/dev/null; then
    skip "this machine cannot create network namespaces (container without CAP_SYS_ADMIN?)"
fi
namespaces+=("$tag-probe")

sed '/- id: node1/,/podSubnet/s/role: worker/role: control-plane/' "$plan" >"$work/plan.planar.yaml"
grep -q 'role: control-plane' "$work/plan.planar.yaml" || { echo "FAIL: node1 did not become the control plane"; exit 1; }
cat >>"$work/plan.planar.yaml" <<'LINKS'
  - id: migrate-payments
    from: node3
    to: node1
    ports: ["5432/TCP"]
    exception: {reason: netns probe, approvedBy: test, expires: 2099-12-31}
  - id: debug-web
    from: host1
    to: web
    ports: ["8080/TCP"]
    exception: {reason: netns probe, approvedBy: test, expires: 2099-12-31}
LINKS
"$cli" export "$work/plan.planar.yaml" --to nftables -o "$work/" >/dev/null || { echo "FAIL: export"; exit 1; }

failures=0
check() { # description expected actual
    if [[ $2 == "$3" ]]; then
        echo "ok    $1"
    else
        echo "FAIL  $1: expected $2, got $3"
        failures=$((failures + 1))
    fi
}

newns() { ip netns add "$1" && namespaces+=("$1") && ip -n "$1" link set lo up; }

# veth between namespace $1 (interface $2, address $3) and namespace $4 (interface $5, address $6)
wire() {
    ip link add "$tag-tmp" type veth peer name "$tag-tmq" || return 1
    ip link set "$tag-tmp" netns "$1" && ip link set "$tag-tmq" netns "$4" || return 1
    ip -n "$1" link set "$tag-tmp" name "$2" && ip -n "$4" link set "$tag-tmq" name "$5" || return 1
    ip -n "$1" addr add "$3" dev "$2" && ip -n "$4" addr add "$6" dev "$5" || return 1
    ip -n "$1" link set "$2" up && ip -n "$4" link set "$5" up
}

listen() { # namespace ports...
    local ns=$1
    shift
    ip netns exec "$ns" timeout 300 python3 -c '
import select, socket, sys
socks = []
for p in sys.argv[1:]:
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("0.0.0.0", int(p)))
    s.listen(16)
    socks.append(s)
while True:
    ready, _, _ = select.select(socks, [], [])
    for s in ready:
        c, _ = s.accept()
        c.close()
' "$@" &
    pids+=($!)
    for _ in $(seq 50); do
        ip netns exec "$ns" ss -ltn | grep -q ":$1 " && return 0
        sleep 0.1
    done
    echo "FAIL: listener in $ns did not start"
    return 1
}

probe() { # namespace source destination port -> accept | drop | error
    ip netns exec "$1" python3 -c '
import socket, sys
s = socket.socket()
s.settimeout(1.5)
s.bind((sys.argv[1], 0))
try:
    s.connect((sys.argv[2], int(sys.argv[3])))
    print("accept")
except socket.timeout:
    print("drop")
except OSError as e:
    print("error:", e)
' "$2" "$3" "$4"
}

ipip() { # sender namespace, source, receiver namespace, destination -> accept | drop
    # A raw socket of protocol 4 sends what an IP-in-IP tunnel sends; the receiver's raw socket
    # sees it arrive whether or not a tunnel device would take it.
    ip netns exec "$3" python3 -c '
import socket, sys
r = socket.socket(socket.AF_INET, socket.SOCK_RAW, 4)
r.settimeout(1.5)
open(sys.argv[2], "w").close()
try:
    while True:
        _, addr = r.recvfrom(2048)
        if addr[0] == sys.argv[1]:
            print("accept")
            break
except socket.timeout:
    print("drop")
' "$2" "$work/ipip.ready" >"$work/ipip.out" &
    local receiver=$!
    for _ in $(seq 30); do [[ -f $work/ipip.ready ]] && break; sleep 0.1; done
    ip netns exec "$1" python3 -c '
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_RAW, 4)
s.bind((sys.argv[1], 0))
inner = bytes.fromhex("4500001400004000400100000a0000010a000002")  # an inner IPv4 header
for _ in range(3):
    s.sendto(inner, (sys.argv[2], 0))
' "$2" "$4"
    wait "$receiver"
    rm -f "$work/ipip.ready"
    cat "$work/ipip.out"
}

counted() { # host namespace, chain, log prefix word -> yes | no
    ip netns exec "$1" nft list chain inet planar "$2" | grep "$3" | grep -qv "packets 0 " && echo yes || echo no
}

probe_host() { # host id, management ip, business ip, expected 9100 from the e-commerce VMs, expected host -> Pod 8080
    local host=$1 mgmt=$2 biz=$3 scrape=$4 debug=$5
    local h="$tag-$host" adm="$tag-$host-adm" bz="$tag-$host-biz" va="$tag-$host-va" vb="$tag-$host-vb"
    echo "# $host"
    newns "$h" && newns "$adm" && newns "$bz" && newns "$va" && newns "$vb" || { echo "FAIL: namespaces"; return 1; }
    # NICs named as in the plan; the VMs hang off tap-like veths and the host routes between them.
    wire "$h" eth0 "$mgmt/25" "$adm" eth0 192.168.1.20/25 || { echo "FAIL: wiring"; return 1; }
    wire "$h" eth1 "$biz/25" "$bz" eth0 192.168.1.140/25 || return 1
    wire "$h" vnet0 10.0.1.1/24 "$va" ens3 10.0.1.11/24 || return 1
    wire "$h" vnet1 10.0.2.1/24 "$vb" ens3 10.0.2.11/24 || return 1
    ip -n "$va" addr add 172.16.1.10/32 dev ens3          # a Pod of node1
    ip -n "$h" route add 172.16.1.0/24 via 10.0.1.11
    ip -n "$va" route add default via 10.0.1.1
    ip -n "$vb" route add default via 10.0.2.1
    ip -n "$bz" route add 10.0.0.0/16 via "$biz"
    ip netns exec "$h" sysctl -qw net.ipv4.ip_forward=1
    listen "$h" 22 9100 || return 1
    listen "$va" 8080 5432 9090 22 179 6443 10250 || return 1
    listen "$bz" 8080 || return 1
    listen "$vb" 5432 22 179 10250 || return 1
    if ! ip netns exec "$h" nft -f "$work/$host.nft"; then
        echo "FAIL: nft -f $host.nft"
        failures=$((failures + 1))
        return 1
    fi

    check "$host: admin network -> SSH on management NIC eth0" accept "$(probe "$adm" 192.168.1.20 "$mgmt" 22)"
    check "$host: business network -> SSH on eth1" drop "$(probe "$bz" 192.168.1.140 "$biz" 22)"
    check "$host: e-commerce VM -> node-exporter 9100" "$scrape" "$(probe "$va" 10.0.1.11 10.0.1.1 9100)"
    check "$host: payments VM -> node-exporter 9100 (not linked)" drop "$(probe "$vb" 10.0.2.11 10.0.2.1 9100)"
    check "$host: Pod address -> host 9100" drop "$(probe "$va" 172.16.1.10 10.0.1.1 9100)"
    check "$host: pod-to-host drop is counted" yes "$(counted "$h" input pod-to-host)"
    check "$host: host -> VM address (control)" accept "$(probe "$h" 10.0.1.1 10.0.1.11 8080)"
    check "$host: host -> Pod address 9090" drop "$(probe "$h" 10.0.1.1 172.16.1.10 9090)"
    check "$host: host -> Pod address 8080 (exception debug-web of host1)" "$debug" "$(probe "$h" 10.0.1.1 172.16.1.10 8080)"
    check "$host: host-to-pod drop is counted" yes "$(counted "$h" output host-to-pod)"
    check "$host: host -> business network (control)" accept "$(probe "$h" "$biz" 192.168.1.140 8080)"
    check "$host: payments VM -> business network, forwarded (control)" accept "$(probe "$vb" 10.0.2.11 192.168.1.140 8080)"
    check "$host: payments VM -> e-commerce VM, forwarded" drop "$(probe "$vb" 10.0.2.11 10.0.1.11 8080)"
    check "$host: cross-zone drop is counted" yes "$(counted "$h" forward cross-zone)"
    check "$host: payments VM -> e-commerce VM 5432 (exception migrate-payments)" accept "$(probe "$vb" 10.0.2.11 10.0.1.11 5432)"
    check "$host: e-commerce VM -> payments VM 5432 (the exception is one way)" drop "$(probe "$va" 10.0.1.11 10.0.2.11 5432)"
    check "$host: node3 -> node1 BGP 179 (system flow)" accept "$(probe "$vb" 10.0.2.11 10.0.1.11 179)"
    check "$host: node1 -> node3 BGP 179 (system flow)" accept "$(probe "$va" 10.0.1.11 10.0.2.11 179)"
    check "$host: node3 -> control plane node1 6443 (system flow)" accept "$(probe "$vb" 10.0.2.11 10.0.1.11 6443)"
    check "$host: control plane node1 -> node3 kubelet 10250 (system flow)" accept "$(probe "$va" 10.0.1.11 10.0.2.11 10250)"
    check "$host: worker node3 -> node1 kubelet 10250 (only the control plane calls kubelets)" drop "$(probe "$vb" 10.0.2.11 10.0.1.11 10250)"
    check "$host: node3 -> node1 IP-in-IP (system flow)" accept "$(ipip "$vb" 10.0.2.11 "$va" 10.0.1.11)"
    check "$host: node1 -> node3 IP-in-IP (system flow)" accept "$(ipip "$va" 10.0.1.11 "$vb" 10.0.2.11)"
    check "$host: node3 -> node1 SSH 22 (no system flow)" drop "$(probe "$vb" 10.0.2.11 10.0.1.11 22)"
    check "$host: node1 -> node3 SSH 22 (no system flow)" drop "$(probe "$va" 10.0.1.11 10.0.2.11 22)"
    check "$host: node3 -> node1 9090 (unlisted port)" drop "$(probe "$vb" 10.0.2.11 10.0.1.11 9090)"
}

probe_host host1 192.168.1.11 192.168.1.131 accept accept
probe_host host2 192.168.1.12 192.168.1.132 drop drop

if ((failures > 0)); then
    echo "$failures probe(s) failed"
    exit 1
fi
echo "all probes passed"
