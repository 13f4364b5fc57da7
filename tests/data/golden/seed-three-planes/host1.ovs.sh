#!/bin/sh
# Planar export of plan "seed-three-planes" by exporter ovs, plan sha256 0af007c5e9b7f1e7
# Generated: regenerate from the plan instead of editing this file.
# Host host1: Open vSwitch bridges, uplink trunks and VM access ports (idempotent).
# Apply with: sh host1.ovs.sh [--dry-run], then for each switch SW:
#   ovs-ofctl replace-flows SW host1.SW.flows
# PLANAR_OVS_DUMMY=1 builds user-space test bridges and ports (ovs-vswitchd --enable-dummy).
set -eu
dry_run=0
if [ "${1:-}" = "--dry-run" ]; then dry_run=1; fi
dp_type=system
if_type=system
if [ "${PLANAR_OVS_DUMMY:-0}" = 1 ]; then dp_type=dummy; if_type=dummy; fi
vsctl() {
	if [ "$dry_run" = 1 ]; then echo ovs-vsctl "$@"; else ovs-vsctl "$@"; fi
}
# Ports the plan does not name are reported, never deleted: they may carry traffic.
report_unplanned() {
	br=$1
	shift
	ovs-vsctl br-exists "$br" 2>/dev/null || return 0
	for p in $(ovs-vsctl list-ports "$br"); do
		case " $* " in
		*" $p "*) ;;
		*) echo "$0: port $p on $br is not in the plan; left in place" >&2 ;;
		esac
	done
}

# Switch br-biz
vsctl --may-exist add-br br-biz -- set bridge br-biz datapath_type="$dp_type" fail_mode=secure \
	-- --may-exist add-port br-biz eth1 -- set port eth1 vlan_mode=trunk tag=[] trunks=10,20 -- set interface eth1 type="$if_type" \
	-- --may-exist add-port br-biz node1-ens3 -- set port node1-ens3 vlan_mode=access tag=10 trunks=[] -- set interface node1-ens3 type="$if_type" external_ids:planar-vm=node1 external_ids:planar-nic=ens3 'external_ids:attached-mac="52:54:00:00:01:11"' \
	-- --may-exist add-port br-biz node2-ens3 -- set port node2-ens3 vlan_mode=access tag=10 trunks=[] -- set interface node2-ens3 type="$if_type" external_ids:planar-vm=node2 external_ids:planar-nic=ens3 'external_ids:attached-mac="52:54:00:00:01:12"'
report_unplanned br-biz eth1 node1-ens3 node2-ens3
