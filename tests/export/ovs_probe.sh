#!/usr/bin/env bash
# Applies the ovs export to a real Open vSwitch running in user space (ovs-vswitchd
# --enable-dummy, no kernel module) in a temporary directory, and traces frames through it:
#   a VM's frame with its bound MAC and IP   leaves on the uplink tagged with its VLAN,
#                                            reaches its VLAN's ports and no port of another
#   another source MAC, another source IP    dropped
#   ARP from the bound MAC for its own IP    passes; ARP claiming another IP dropped
#   a source address in the node's Pod subnet passes (unencapsulated CNI)
#   zone isolation at node1's port: IP to a payments VM on 22/TCP or an unlisted port is
#   dropped; the cluster system flows (calico BGP 179/TCP, IP-in-IP) from node1's own address
#   leave on the uplink; BGP from a Pod address of node1 is no system flow and drops
#   applying the script and flows again      changes nothing (ovs-vsctl show, dump-flows)
#   IPv6 (the dual-stack test plan): ND adverts for its own address and its IPv6 source pass,
#   adverts claiming another address and other sources are dropped
# The seed plan gets node3 (payments, VLAN 20) moved onto host1, so that one switch holds
# ports of both VLANs. Usage: ovs_probe.sh PLANAR_CLI SEED_PLAN. Missing tools fail the test.
set -uo pipefail

cli=$1
plan=$2
for tool in ovsdb-tool ovsdb-server ovs-vswitchd ovs-vsctl ovs-ofctl ovs-appctl; do
    command -v "$tool" >/dev/null ||
        { echo "FAIL: $tool is missing; run installer/setup-debian.sh (openvswitch-switch)"; exit 1; }
done
schema=/usr/share/openvswitch/vswitch.ovsschema
[[ -f $schema ]] || { echo "FAIL: $schema is missing (openvswitch-common)"; exit 1; }

work=$(mktemp -d)
export OVS_RUNDIR=$work/run OVS_DBDIR=$work/db OVS_LOGDIR=$work/log OVS_SYSCONFDIR=$work/etc
mkdir -p "$OVS_RUNDIR" "$OVS_DBDIR" "$OVS_LOGDIR" "$OVS_SYSCONFDIR"
cleanup() {
    for daemon in ovs-vswitchd ovsdb-server; do
        [[ -f $OVS_RUNDIR/$daemon.pid ]] && kill "$(cat "$OVS_RUNDIR/$daemon.pid")" 2>/dev/null
    done
    sleep 0.2
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

fail() { echo "FAIL: $*"; [[ -f $OVS_LOGDIR/ovs-vswitchd.log ]] && tail -5 "$OVS_LOGDIR/ovs-vswitchd.log"; exit 1; }
ovsdb-tool create "$OVS_DBDIR/conf.db" "$schema" || fail "ovsdb-tool create"
ovsdb-server "$OVS_DBDIR/conf.db" --remote="punix:$OVS_RUNDIR/db.sock" --no-chdir --detach \
    --pidfile="$OVS_RUNDIR/ovsdb-server.pid" --log-file="$OVS_LOGDIR/ovsdb-server.log" ||
    fail "ovsdb-server did not start"
ovs-vsctl --no-wait init || fail "ovs-vsctl init"
ovs-vswitchd "unix:$OVS_RUNDIR/db.sock" --enable-dummy=override --disable-system --no-chdir \
    --detach --pidfile="$OVS_RUNDIR/ovs-vswitchd.pid" --log-file="$OVS_LOGDIR/ovs-vswitchd.log" ||
    fail "ovs-vswitchd did not start"

sed '/- id: node3/,/podSubnet/s/host: host2/host: host1/' "$plan" >"$work/plan.planar.yaml"
"$cli" export "$work/plan.planar.yaml" --to ovs -o "$work/out/" >/dev/null || fail "export"

apply() {
    PLANAR_OVS_DUMMY=1 sh "$work/out/host1.ovs.sh" || fail "host1.ovs.sh"
    ovs-ofctl replace-flows br-biz "$work/out/host1.br-biz.flows" || fail "replace-flows"
}
apply
dry=$(PLANAR_OVS_DUMMY=1 sh "$work/out/host1.ovs.sh" --dry-run)
[[ $dry == *"ovs-vsctl --may-exist add-br br-biz"* ]] || fail "--dry-run prints no commands: $dry"
before=$(ovs-vsctl show; ovs-ofctl dump-flows --no-stats br-biz)

failures=0
check() { # description expected actual: the first word of actual is compared, the rest shown
    if [[ $2 == "${3%% *}" ]]; then echo "ok    $1"; else echo "FAIL  $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
dpPort() { # the datapath port number of an OVS port
    ovs-appctl dpif/show | awk -v p="$1" '$1 == p { split($2, n, "/"); sub(":", "", n[2]); print n[2] }'
}
actions() { # the datapath actions of a traced frame
    ovs-appctl ofproto/trace br-biz "$1" | sed -n 's/^Datapath actions: //p'
}
uplink=$(dpPort eth1)
node2=$(dpPort node2-ens3)
node3=$(dpPort node3-ens3)
[[ -n $uplink && -n $node2 && -n $node3 ]] || fail "ports missing: $(ovs-appctl dpif/show)"
bcast="dl_dst=ff:ff:ff:ff:ff:ff"
node1="in_port=node1-ens3,dl_src=52:54:00:00:01:11,$bcast"

out=$(actions "$node1,ip,nw_src=10.0.1.11,nw_dst=10.0.1.12")
check "node1's frame reaches node2 (same VLAN)" yes "$([[ ,$out, == *,$node2,* ]] && echo yes || echo no) ($out)"
check "node1's frame leaves on the uplink tagged 10" yes "$([[ $out =~ push_vlan\(vid=10[,\)].*(^|,)$uplink(,|$) ]] && echo yes || echo no) ($out)"
check "node1's frame reaches no VLAN 20 port" no "$([[ ,$out, == *,$node3,* ]] && echo yes || echo no) ($out)"
check "node1's frame is never tagged 20" no "$([[ $out == *vid=20* ]] && echo yes || echo no) ($out)"
check "another source MAC is dropped" drop \
    "$(actions "in_port=node1-ens3,dl_src=52:54:00:00:01:99,$bcast,ip,nw_src=10.0.1.11")"
check "another source IP is dropped" drop "$(actions "$node1,ip,nw_src=10.0.1.12")"
check "node1's Pod subnet passes" yes \
    "$(out=$(actions "$node1,ip,nw_src=172.16.1.5"); [[ ,$out, == *,$node2,* ]] && echo yes || echo "no ($out)")"
check "another node's Pod subnet is dropped" drop "$(actions "$node1,ip,nw_src=172.16.2.5")"
check "node1 -> payments VM on 22/TCP is dropped at node1's port" drop \
    "$(actions "$node1,tcp,nw_src=10.0.1.11,nw_dst=10.0.2.11,tp_dst=22")"
check "node1 -> payments VM on 9090/TCP (unlisted) is dropped" drop \
    "$(actions "$node1,tcp,nw_src=10.0.1.11,nw_dst=10.0.2.11,tp_dst=9090")"
check "node1 -> payments VM on 179/TCP (calico BGP) leaves on the uplink" yes \
    "$(out=$(actions "$node1,tcp,nw_src=10.0.1.11,nw_dst=10.0.2.11,tp_dst=179")
       [[ $out =~ (^|,)$uplink(,|$) ]] && echo yes || echo "no ($out)")"
check "node1 -> payments VM IP-in-IP (protocol 4) leaves on the uplink" yes \
    "$(out=$(actions "$node1,ip,nw_proto=4,nw_src=10.0.1.11,nw_dst=10.0.2.11")
       [[ $out =~ (^|,)$uplink(,|$) ]] && echo yes || echo "no ($out)")"
check "179/TCP from node1's Pod subnet to a payments VM is dropped" drop \
    "$(actions "$node1,tcp,nw_src=172.16.1.5,nw_dst=10.0.2.11,tp_dst=179")"
check "179/TCP with another source MAC is dropped" drop \
    "$(actions "in_port=node1-ens3,dl_src=52:54:00:00:01:99,$bcast,tcp,nw_src=10.0.1.11,nw_dst=10.0.2.11,tp_dst=179")"
check "node1 -> node2 (same zone) on 22/TCP passes" yes \
    "$(out=$(actions "$node1,tcp,nw_src=10.0.1.11,nw_dst=10.0.1.12,tp_dst=22"); [[ ,$out, == *,$node2,* ]] && echo yes || echo "no ($out)")"
check "ARP for its own IP passes" yes \
    "$(out=$(actions "$node1,arp,arp_sha=52:54:00:00:01:11,arp_spa=10.0.1.11,arp_op=1")
       [[ $out == *$uplink* ]] && echo yes || echo "no ($out)")"
check "ARP claiming another IP is dropped" drop \
    "$(actions "$node1,arp,arp_sha=52:54:00:00:01:11,arp_spa=10.0.1.12,arp_op=2")"
check "node3's frame leaves tagged 20, reaching no VLAN 10 port" yes \
    "$(out=$(actions "in_port=node3-ens3,dl_src=52:54:00:00:02:11,$bcast,ip,nw_src=10.0.2.11")
       [[ $out == *vid=20* && ,$out, != *,$node2,* ]] && echo yes || echo "no ($out)")"

ovs-vsctl add-port br-biz stray -- set interface stray type=dummy || fail "add stray port"
report=$(PLANAR_OVS_DUMMY=1 sh "$work/out/host1.ovs.sh" 2>&1 >/dev/null)
check "an unplanned port is reported" yes "$([[ $report == *"port stray on br-biz is not in the plan"* ]] && echo yes || echo "no ($report)")"
check "an unplanned port is not deleted" stray "$(ovs-vsctl list-ports br-biz | grep -x stray)"
ovs-vsctl del-port br-biz stray
apply
after=$(ovs-vsctl show; ovs-ofctl dump-flows --no-stats br-biz)
check "a second apply changes nothing" same "$([[ $before == "$after" ]] && echo same || diff <(echo "$before") <(echo "$after"))"

# IPv6: neighbour discovery and sources of a dual-stack plan, on a second bridge that takes
# over eth1 (a port belongs to one bridge; the script stops on one that is on another).
ovs-vsctl del-br br-biz || fail "del-br br-biz"
"$cli" export "$(dirname "$0")/plans/dual-stack.planar.yaml" --to ovs -o "$work/ds/" >/dev/null ||
    fail "export of the dual-stack plan"
PLANAR_OVS_DUMMY=1 sh "$work/ds/h1.ovs.sh" || fail "h1.ovs.sh"
ovs-ofctl replace-flows br0 "$work/ds/h1.br0.flows" || fail "replace-flows br0"
va="in_port=va-ens3,dl_src=52:54:00:0a:00:11,dl_dst=33:33:00:00:00:01"
actions6() { ovs-appctl ofproto/trace br0 "$1" | sed -n 's/^Datapath actions: //p'; }
check "ND advert for its own IPv6 address passes" yes \
    "$(out=$(actions6 "$va,icmp6,ipv6_src=fe80::1,ipv6_dst=ff02::1,nw_ttl=255,icmpv6_type=136,icmpv6_code=0,nd_target=fd00:a::11")
       [[ -n $out && $out != drop ]] && echo yes || echo "no ($out)")"
check "ND advert claiming another address is dropped" drop \
    "$(actions6 "$va,icmp6,ipv6_src=fe80::1,ipv6_dst=ff02::1,nw_ttl=255,icmpv6_type=136,icmpv6_code=0,nd_target=fd00:a::12")"
check "IPv6 from its own address passes" yes \
    "$(out=$(actions6 "$va,ipv6,ipv6_src=fd00:a::11,ipv6_dst=fd00:a::1"); [[ -n $out && $out != drop ]] && echo yes || echo "no ($out)")"
check "IPv6 from another address is dropped" drop "$(actions6 "$va,ipv6,ipv6_src=fd00:a::12,ipv6_dst=fd00:a::1")"

[[ $failures -eq 0 ]] || exit 1
echo "all OVS probes passed"
