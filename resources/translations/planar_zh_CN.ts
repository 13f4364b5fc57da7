<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExportBatch</name>
    <message>
        <source>Choose at least one format.</source>
        <translation>请至少选择一种格式。</translation>
    </message>
    <message>
        <source>%1: the file %2 is also written by another format</source>
        <translation>%1:文件 %2 也会由另一种格式写入</translation>
    </message>
    <message>
        <source>%1 is the plan file itself; choose another folder.</source>
        <translation>%1 就是规划文件本身;请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Planar</name>
    <message>
        <source>host</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <source>mgmt</source>
        <translation>管理网</translation>
    </message>
    <message>
        <source>biz</source>
        <translation>业务网</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>存储网</translation>
    </message>
    <message>
        <source>⇄ %1 on %2, VLAN %3</source>
        <translation>⇄ %1 上联 %2,VLAN %3</translation>
    </message>
    <message>
        <source>no NICs</source>
        <translation>无物理网卡</translation>
    </message>
    <message>
        <source>VM node</source>
        <translation>虚拟机节点</translation>
    </message>
    <message>
        <source> VLAN %1</source>
        <translation> VLAN %1</translation>
    </message>
    <message>
        <source>Pods %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>no Pod subnet</source>
        <translation>无 Pod 子网</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <source>no ports</source>
        <translation>无端口</translation>
    </message>
    <message>
        <source>exposed: %1</source>
        <translation>暴露方式:%1</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部网络</translation>
    </message>
    <message>
        <source>%1 network</source>
        <translation>%1 网段</translation>
    </message>
    <message>
        <source>  VLAN %1</source>
        <translation>  VLAN %1</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>安全域</translation>
    </message>
    <message>
        <source>  level %1</source>
        <translation>  等级 %1</translation>
    </message>
    <message>
        <source>  CDE</source>
        <translation>  CDE</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Services %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>/%1 per node, max %2 Pods</source>
        <translation>每节点 /%1,最多 %2 个 Pod</translation>
    </message>
</context>
<context>
    <name>Planar::AddressPlanPanel</name>
    <message>
        <source>Filter by text, address or CIDR…</source>
        <translation>按文本、地址或 CIDR 筛选…</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>网络平面</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN 标签</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>安全域</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>Planar::Autosave</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建该文件夹</translation>
    </message>
</context>
<context>
    <name>Planar::CompliancePanel</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>人工确认</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>manual review required</source>
        <translation>需人工确认</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>The plan must show</source>
        <translation>规划须体现</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No compliance profile is selected, so there is no checklist. Choose one under Edit ▸ Plan Settings ▸ Profiles: pci-dss, mlps2-level3 or both, separated by commas.</source>
        <translation>未选择合规要求，因此没有检查清单。请在 编辑 ▸ 规划设置 ▸ 合规要求 中填写 pci-dss、mlps2-level3 或两者（以逗号分隔）。</translation>
    </message>
    <message>
        <source>Unknown profiles, not evaluated: %1 (this build knows pci-dss and mlps2-level3).</source>
        <translation>未知的合规要求，未评估：%1（本版本支持 pci-dss 和 mlps2-level3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n failing check(s)</source>
        <translation>
            <numerusform>%1：%2 — %n 项不通过</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planar::Diagram</name>
    <message>
        <source>zone %1</source>
        <translation>安全域 %1</translation>
    </message>
    <message>
        <source>zone %1 · %2</source>
        <translation>安全域 %1 · %2</translation>
    </message>
    <message>
        <source> · level %1</source>
        <translation> · 等级 %1</translation>
    </message>
    <message>
        <source>CDE</source>
        <translation>CDE</translation>
    </message>
    <message>
        <source>allowed link (ports)</source>
        <translation>允许的互通(端口)</translation>
    </message>
    <message>
        <source>denied by the plane matrix</source>
        <translation>平面矩阵禁止</translation>
    </message>
    <message>
        <source>allowed by exception</source>
        <translation>临时授权允许</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>安全域</translation>
    </message>
    <message>
        <source>CDE zone (PCI DSS scope)</source>
        <translation>持卡人数据环境 (CDE) 安全域</translation>
    </message>
    <message>
        <source>card with an error</source>
        <translation>有错误的卡片</translation>
    </message>
    <message>
        <source>card with a warning</source>
        <translation>有警告的卡片</translation>
    </message>
    <message>
        <source>host plane</source>
        <translation>宿主机平面</translation>
    </message>
    <message>
        <source>VM plane</source>
        <translation>虚拟机节点平面</translation>
    </message>
    <message>
        <source>Pod plane</source>
        <translation>Pod 网络平面</translation>
    </message>
    <message>
        <source>Service plane</source>
        <translation>Service 平面</translation>
    </message>
    <message>
        <source>external</source>
        <translation>外部网络</translation>
    </message>
</context>
<context>
    <name>Planar::ExportDialog</name>
    <message>
        <source>Export even with e&amp;rrors (--force)</source>
        <translation>即使有错误也导出(--force)(&amp;R)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>导出规划</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(未命名)</translation>
    </message>
    <message>
        <source>Plan &lt;b&gt;%1&lt;/b&gt; has no errors.</source>
        <translation>规划 &lt;b&gt;%1&lt;/b&gt; 没有错误。</translation>
    </message>
    <message>
        <source>Plan &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>规划 &lt;b&gt;%1&lt;/b&gt;:%2</translation>
    </message>
    <message>
        <source>1 error.</source>
        <translation>1 个错误。</translation>
    </message>
    <message>
        <source>%1 errors.</source>
        <translation>%1 个错误。</translation>
    </message>
    <message>
        <source>Fix them in the Issues panel, or force the export; forced artifacts say so in their header.</source>
        <translation>请在“问题”面板中修复,或强制导出;强制导出的文件会在文件头中注明。</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Created if missing. Existing files of the same name are replaced.</source>
        <translation>不存在时自动创建。同名的已有文件会被替换。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F):</translation>
    </message>
    <message>
        <source>Write although the plan has errors. Flows the plan denies still get no rule.</source>
        <translation>即使规划有错误也写出。规划禁止的流量仍然不会生成规则。</translation>
    </message>
    <message>
        <source>Only needed when the plan has errors; this one has none.</source>
        <translation>仅在规划有错误时需要;当前规划没有错误。</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>尚未导出。</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Tick at least one format.</source>
        <translation>请至少勾选一种格式。</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>请选择文件夹。</translation>
    </message>
    <message>
        <source>Write the chosen formats into %1</source>
        <translation>将所选格式写入 %1</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Wrote 1 file into &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>已将 1 个文件写入 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Wrote %1 files into &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>已将 %1 个文件写入 &lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Read the warnings before applying them.</source>
        <translation>应用之前请先阅读警告。</translation>
    </message>
    <message>
        <source>Nothing was written: the plan has 1 error.</source>
        <translation>未写出任何文件:规划有 1 个错误。</translation>
    </message>
    <message>
        <source>Nothing was written: the plan has %1 errors.</source>
        <translation>未写出任何文件:规划有 %1 个错误。</translation>
    </message>
    <message>
        <source>Fix the plan, or tick “Export even with errors”.</source>
        <translation>请修复规划,或勾选“即使有错误也导出”。</translation>
    </message>
    <message>
        <source>Nothing was written: tick at least one format.</source>
        <translation>未写出任何文件:请至少勾选一种格式。</translation>
    </message>
    <message>
        <source>Nothing was written: the plan cannot be exported safely as it is.</source>
        <translation>未写出任何文件:规划在当前状态下无法安全导出。</translation>
    </message>
    <message>
        <source>Nothing was written: the files could not be saved. Any earlier export in that folder is unchanged.</source>
        <translation>未写出任何文件:文件无法保存。该文件夹中之前导出的内容保持不变。</translation>
    </message>
    <message>
        <source>%1 (double-click to open)</source>
        <translation>%1(双击打开)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告:%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误:%1</translation>
    </message>
    <message>
        <source>Plan error %1: %2</source>
        <translation>规划错误 %1:%2</translation>
    </message>
</context>
<context>
    <name>Planar::FieldEdit</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
</context>
<context>
    <name>Planar::FieldValidator</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>An id is lowercase letters, digits and &apos;-&apos;, and starts and ends with a letter or digit.</source>
        <translation>id 由小写字母、数字和“-”组成,并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>An interface name is 1 to 15 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;-&apos;.</source>
        <translation>接口名为 1 到 15 个字母、数字、“_”、“.”、“:”或“-”。</translation>
    </message>
    <message>
        <source>Not an IP address yet, e.g. 10.0.1.11 or 2001:db8::1.</source>
        <translation>还不是 IP 地址,例如 10.0.1.11 或 2001:db8::1。</translation>
    </message>
    <message>
        <source>Not a CIDR: %1. Example: 10.0.1.0/24.</source>
        <translation>不是 CIDR:%1。示例:10.0.1.0/24。</translation>
    </message>
    <message>
        <source>Not a CIDR: %1.</source>
        <translation>不是 CIDR:%1。</translation>
    </message>
    <message>
        <source>A MAC is six hex pairs, e.g. 52:54:00:00:01:11.</source>
        <translation>MAC 地址由六组十六进制数组成,例如 52:54:00:00:01:11。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>必须在 %1 到 %2 之间。</translation>
    </message>
    <message>
        <source>VLAN ids are 1 to 4094, separated by commas.</source>
        <translation>VLAN 标签为 1 到 4094,以逗号分隔。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2. Use 443/TCP or 8000-8100/UDP, separated by commas.</source>
        <translation>“%1”:%2。请使用 443/TCP 或 8000-8100/UDP 的形式,以逗号分隔。</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD, e.g. 2026-12-31.</source>
        <translation>日期格式为 YYYY-MM-DD,例如 2026-12-31。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>%1 cannot appear in it</source>
        <translation>其中不能出现 %1</translation>
    </message>
    <message>
        <source>&apos;::&apos; may appear only once</source>
        <translation>“::”只能出现一次</translation>
    </message>
    <message>
        <source>IPv6 has eight groups at most</source>
        <translation>IPv6 最多有八组</translation>
    </message>
    <message>
        <source>an IPv6 group has four hex digits at most</source>
        <translation>IPv6 每组最多四位十六进制数</translation>
    </message>
    <message>
        <source>IPv4 numbers are separated by &apos;.&apos;</source>
        <translation>IPv4 的数字以“.”分隔</translation>
    </message>
    <message>
        <source>IPv4 has four numbers</source>
        <translation>IPv4 由四个数字组成</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 has a leading zero</source>
        <translation>%1 有前导零</translation>
    </message>
    <message>
        <source>%1 is over 255</source>
        <translation>%1 超过 255</translation>
    </message>
    <message>
        <source>a CIDR has one &apos;/&apos;</source>
        <translation>CIDR 只有一个“/”</translation>
    </message>
    <message>
        <source>the prefix is a number</source>
        <translation>前缀必须是数字</translation>
    </message>
    <message>
        <source>the prefix /%1 has a leading zero</source>
        <translation>前缀 /%1 有前导零</translation>
    </message>
    <message>
        <source>the prefix is from /0 to /%1</source>
        <translation>前缀应在 /0 到 /%1 之间</translation>
    </message>
    <message>
        <source>An id cannot hold %1: use lowercase letters, digits and &apos;-&apos;.</source>
        <translation>id 不能包含 %1:请使用小写字母、数字和“-”。</translation>
    </message>
    <message>
        <source>An id starts with a letter or digit, not &apos;-&apos;.</source>
        <translation>id 必须以字母或数字开头,不能以“-”开头。</translation>
    </message>
    <message>
        <source>An id has 63 characters at most; this one has %1.</source>
        <translation>id 最多 63 个字符;当前有 %1 个。</translation>
    </message>
    <message>
        <source>An interface name cannot hold %1: use letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;:&apos; or &apos;-&apos;.</source>
        <translation>接口名不能包含 %1:请使用字母、数字、“_”、“.”、“:”或“-”。</translation>
    </message>
    <message>
        <source>An interface name has 15 characters at most (the Linux limit); this one has %1.</source>
        <translation>接口名最多 15 个字符(Linux 的限制);当前有 %1 个。</translation>
    </message>
    <message>
        <source>%1 can never be an IP address: %2.</source>
        <translation>%1 不可能成为 IP 地址:%2。</translation>
    </message>
    <message>
        <source>%1 can never be a CIDR: %2.</source>
        <translation>%1 不可能成为 CIDR:%2。</translation>
    </message>
    <message>
        <source>A CIDR list cannot hold %1: write CIDRs separated by commas.</source>
        <translation>CIDR 列表不能包含 %1:请填写以逗号分隔的 CIDR。</translation>
    </message>
    <message>
        <source>A MAC cannot hold %1: write six hex pairs, e.g. 52:54:00:00:01:11.</source>
        <translation>MAC 地址不能包含 %1:请填写六组十六进制数,例如 52:54:00:00:01:11。</translation>
    </message>
    <message>
        <source>A MAC has 17 characters at most, e.g. 52:54:00:00:01:11.</source>
        <translation>MAC 地址最多 17 个字符,例如 52:54:00:00:01:11。</translation>
    </message>
    <message>
        <source>Write a number: %1 is not a digit.</source>
        <translation>请填写数字:%1 不是数字。</translation>
    </message>
    <message>
        <source>A VLAN list cannot hold %1: write VLAN ids separated by commas.</source>
        <translation>VLAN 列表不能包含 %1:请填写以逗号分隔的 VLAN 标签。</translation>
    </message>
    <message>
        <source>Ports cannot hold %1. Use 443/TCP or 8000-8100/UDP, separated by commas.</source>
        <translation>端口不能包含 %1。请使用 443/TCP 或 8000-8100/UDP 的形式,以逗号分隔。</translation>
    </message>
    <message>
        <source>A date cannot hold %1: write YYYY-MM-DD, e.g. 2026-12-31.</source>
        <translation>日期不能包含 %1:请按 YYYY-MM-DD 填写,例如 2026-12-31。</translation>
    </message>
</context>
<context>
    <name>Planar::Fields</name>
    <message>
        <source>(none)</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already used; ids are unique across the plan.</source>
        <translation>“%1”已被使用;id 在整个规划中必须唯一。</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>安全域</translation>
    </message>
    <message>
        <source>NIC %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网段</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Add NIC</source>
        <translation>添加网卡</translation>
    </message>
    <message>
        <source>Remove last NIC</source>
        <translation>删除最后一块网卡</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>宿主机</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Pod subnet</source>
        <translation>Pod 子网</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>虚拟交换机</translation>
    </message>
    <message>
        <source>VLAN</source>
        <translation>VLAN 标签</translation>
    </message>
    <message>
        <source>Plane</source>
        <translation>网络平面</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级网段</translation>
    </message>
    <message>
        <source>MLPS level</source>
        <translation>等保级别</translation>
    </message>
    <message>
        <source>PCI-DSS CDE</source>
        <translation>PCI-DSS CDE</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Exception (temporary authorisation)</source>
        <translation>临时授权</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Plan and cluster settings</source>
        <translation>规划与集群设置</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>规划名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Admin networks</source>
        <translation>运维管理网段</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>合规要求</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Service subnet</source>
        <translation>Service 网段</translation>
    </message>
    <message>
        <source>Node mask size</source>
        <translation>节点子网掩码长度</translation>
    </message>
    <message>
        <source>Max Pods per node</source>
        <translation>每节点最大 Pod 数</translation>
    </message>
    <message>
        <source>CNI</source>
        <translation>CNI</translation>
    </message>
    <message>
        <source>DNS namespace</source>
        <translation>DNS 命名空间</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Plane-matrix overrides (%1)…</source>
        <translation>网络平面矩阵覆盖(%1)…</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Rename switch %1 to %2</source>
        <translation>将虚拟交换机 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Switch %1</source>
        <translation>虚拟交换机 %1</translation>
    </message>
    <message>
        <source>Host %1 already has a switch &apos;%2&apos;.</source>
        <translation>宿主机 %1 已有虚拟交换机“%2”。</translation>
    </message>
    <message>
        <source>Uplink</source>
        <translation>上联网卡</translation>
    </message>
    <message>
        <source>VLANs</source>
        <translation>VLAN 标签</translation>
    </message>
    <message>
        <source>Remove switch %1</source>
        <translation>删除虚拟交换机 %1</translation>
    </message>
    <message>
        <source>Add switch</source>
        <translation>添加虚拟交换机</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1(位于 %2)</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Remove port %1</source>
        <translation>删除端口 %1</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>暴露方式</translation>
    </message>
    <message>
        <source>Expose</source>
        <translation>暴露</translation>
    </message>
    <message>
        <source>Expose port</source>
        <translation>暴露端口</translation>
    </message>
    <message>
        <source>Rules reviewed by</source>
        <translation>规则复核人</translation>
    </message>
    <message>
        <source>Rules reviewed on</source>
        <translation>规则复核日期</translation>
    </message>
    <message>
        <source>Encapsulation</source>
        <translation>封装方式</translation>
    </message>
    <message>
        <source>(the CNI&apos;s default)</source>
        <translation>(CNI 默认)</translation>
    </message>
    <message>
        <source>Mesh</source>
        <translation>服务网格</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>服务账号</translation>
    </message>
    <message>
        <source>In the Istio mesh</source>
        <translation>在 Istio 网格中</translation>
    </message>
</context>
<context>
    <name>Planar::IssuesPanel</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>规则代码</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>Planar::LinkDialog</name>
    <message>
        <source>New link</source>
        <translation>新建互通</translation>
    </message>
    <message>
        <source>Traffic from &lt;b&gt;%1&lt;/b&gt; to &lt;b&gt;%2&lt;/b&gt;. Replies are implied.</source>
        <translation>从 &lt;b&gt;%1&lt;/b&gt; 到 &lt;b&gt;%2&lt;/b&gt; 的流量。回程流量自动包含。</translation>
    </message>
    <message>
        <source>e.g. 443/TCP, 8000-8100/UDP; empty = all ports</source>
        <translation>例如 443/TCP, 8000-8100/UDP;留空 = 所有端口</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>why this flow is needed</source>
        <translation>为什么需要这条互通</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>Planar::LinkItem</name>
    <message>
        <source>✕ forbidden  %1</source>
        <translation>✕ 禁止  %1</translation>
    </message>
    <message>
        <source>⚑ exception  %1</source>
        <translation>⚑ 临时授权  %1</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 条连接</translation>
    </message>
</context>
<context>
    <name>Planar::MainWindow</name>
    <message>
        <source>Add VM</source>
        <translation>添加虚拟机节点</translation>
    </message>
    <message>
        <source>Add a host first: a VM node runs on a host.</source>
        <translation>请先添加宿主机:虚拟机节点运行在宿主机上。</translation>
    </message>
    <message>
        <source>Delete host</source>
        <translation>删除宿主机</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %n VM node(s): %2. What should happen to them?</source>
        <translation>
            <numerusform>%1 上运行着 %n 个虚拟机节点:%2。如何处理它们?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the VMs too</source>
        <translation>同时删除这些虚拟机节点</translation>
    </message>
    <message>
        <source>Move them to %1</source>
        <translation>将它们迁移到 %1</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The clipboard holds no plan items.</source>
        <translation>剪贴板中没有规划项。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的项。</translation>
    </message>
    <message>
        <source>New from example</source>
        <translation>从示例新建</translation>
    </message>
    <message>
        <source>Could not open plan</source>
        <translation>无法打开规划</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Could not save plan</source>
        <translation>无法保存规划</translation>
    </message>
    <message>
        <source>%1

The file on disk was left as it was.</source>
        <translation>%1

磁盘上的文件保持原样，未被改动。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开规划</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The plan has changes that are not saved. Save them first?</source>
        <translation>规划有尚未保存的更改。是否先保存?</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Restored unsaved work from %1</source>
        <translation>已从 %1 恢复未保存的工作</translation>
    </message>
    <message>
        <source>an untitled plan</source>
        <translation>未命名的规划</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作?</translation>
    </message>
    <message>
        <source>Planar found changes to %1 that were autosaved at %2 but never saved, probably because Planar or the computer stopped. Restore them?</source>
        <translation>Planar 发现 %1 有在 %2 自动保存但从未保存的更改,可能是 Planar 或计算机意外停止所致。是否恢复?</translation>
    </message>
    <message>
        <source>New from &amp;Example</source>
        <translation>从示例新建(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Plan &amp;Settings</source>
        <translation>规划设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>制作副本(&amp;U)</translation>
    </message>
    <message>
        <source>Add &amp;Host</source>
        <translation>添加宿主机(&amp;H)</translation>
    </message>
    <message>
        <source>Add &amp;VM</source>
        <translation>添加虚拟机节点(&amp;V)</translation>
    </message>
    <message>
        <source>Add &amp;Workload</source>
        <translation>添加工作负载(&amp;W)</translation>
    </message>
    <message>
        <source>Add &amp;Zone</source>
        <translation>添加安全域(&amp;Z)</translation>
    </message>
    <message>
        <source>Add &amp;External Network</source>
        <translation>添加外部网络(&amp;E)</translation>
    </message>
    <message>
        <source>Add H&amp;ost Network</source>
        <translation>添加主机网段(&amp;O)</translation>
    </message>
    <message>
        <source>Add V&amp;M Network</source>
        <translation>添加虚拟机网段(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;Pod Network</source>
        <translation>添加 Pod 网段(&amp;P)</translation>
    </message>
    <message>
        <source>Add Se&amp;rvice Network</source>
        <translation>添加 Service 网段(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>选择(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>互通(&amp;L)</translation>
    </message>
    <message>
        <source>Link tool: drag from one item to another to add a flow</source>
        <translation>互通工具:从一个对象拖到另一个对象以添加一条互通</translation>
    </message>
    <message>
        <source>Auto-&amp;arrange</source>
        <translation>自动排列(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Fit to View</source>
        <translation>适合视图(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Snap to &amp;Grid</source>
        <translation>对齐网格(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网段(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>工具面板</translation>
    </message>
    <message>
        <source>Add Network</source>
        <translation>添加网段</translation>
    </message>
    <message>
        <source>Find id, IP or CIDR…</source>
        <translation>查找 id、IP 或 CIDR…</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>&lt;opened plan&gt;</source>
        <translation>&lt;打开的规划&gt;</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Address Plan</source>
        <translation>地址规划</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%1[*] — Planar</source>
        <translation>%1[*] — Planar</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>截图</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Planar</source>
        <translation>关于 Planar(&amp;A)</translation>
    </message>
    <message>
        <source>No examples in %1</source>
        <translation>%1 中没有示例</translation>
    </message>
    <message>
        <source>Could not open example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Opened example %1</source>
        <translation>已打开示例 %1</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Planar %1&lt;/h3&gt;&lt;p&gt;Plans the host, VM and Pod network planes of a Kubernetes deployment and exports nftables rulesets and NetworkPolicies.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;Plan format version %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planar %1&lt;/h3&gt;&lt;p&gt;规划 Kubernetes 部署的宿主机、虚拟机和 Pod 网络平面，并导出 nftables 规则集和 NetworkPolicy。&lt;/p&gt;&lt;p&gt;Qt %2（构建时 Qt %3）&lt;br&gt;规划文件格式版本 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Planar</source>
        <translation>关于 Planar</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>导出网络架构图</translation>
    </message>
    <message>
        <source>Cannot export the diagram as &quot;%1&quot;: the name must end in .svg, .png or .pdf.</source>
        <translation>无法将网络架构图导出为“%1”：文件名须以 .svg、.png 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>The diagram is too large for a %1 × %2 image; choose a smaller scale.</source>
        <translation>网络架构图太大，无法生成 %1 × %2 的图片；请选择较小的缩放比例。</translation>
    </message>
    <message>
        <source>Cannot write the diagram: %1</source>
        <translation>无法写入网络架构图：%1</translation>
    </message>
    <message>
        <source>%1: the picture could not be drawn</source>
        <translation>%1：无法绘制图像</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>网络架构图已写入 %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Cannot print: the printer did not start.</source>
        <translation>无法打印：打印机未能启动。</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG scale (1× = one pixel per canvas unit):</source>
        <translation>PNG 缩放比例（1× = 每个画布单位一个像素）：</translation>
    </message>
    <message>
        <source>Print diagram</source>
        <translation>打印网络架构图</translation>
    </message>
    <message>
        <source>Export &amp;Diagram…</source>
        <translation>导出网络架构图(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Show Cluster &amp;System Flows</source>
        <translation>显示集群系统流量(&amp;S)</translation>
    </message>
    <message>
        <source>Draw the flows the cluster needs between its nodes (API server, kubelet, etcd, CNI), which no link draws</source>
        <translation>绘制集群节点之间必需、但没有任何互通画出的流量(API server、kubelet、etcd、CNI)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到选中项(&amp;S)</translation>
    </message>
    <message>
        <source>Add %1 and its host networks</source>
        <translation>添加 %1 及其宿主机网段</translation>
    </message>
    <message>
        <source>%1 has management and business NICs on the new host networks %2.</source>
        <translation>%1 的管理网和业务网物理网卡位于新建的宿主机网段 %2 上。</translation>
    </message>
    <message>
        <source>The plan %1 is missing from this build.</source>
        <translation>此构建中缺少规划 %1。</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Edit Pr&amp;operties</source>
        <translation>编辑属性(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;llapse</source>
        <translation>折叠(&amp;L)</translation>
    </message>
    <message>
        <source>Expand &amp;All</source>
        <translation>全部展开(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>展开(&amp;X)</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
</context>
<context>
    <name>Planar::NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>新建规划</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>起点:</translation>
    </message>
    <message>
        <source>The three planes of the seed article</source>
        <translation>原文的三个网络平面</translation>
    </message>
    <message>
        <source>Host networks 192.168.1.0/24 (management and business halves), VM network 10.0.0.0/16 with a first VLAN, Pods 172.16.0.0/12 with a /24 per node. Add Host, Add VM and Add Workload fill them in.</source>
        <translation>宿主机网段 192.168.1.0/24(管理网、业务网各占一半),虚拟机节点网段 10.0.0.0/16 及第一个 VLAN,Pod 网段 172.16.0.0/12,每个节点一个 /24。再用“添加宿主机”“添加虚拟机节点”“添加工作负载”填充。</translation>
    </message>
    <message>
        <source>A blank plan</source>
        <translation>空白规划</translation>
    </message>
    <message>
        <source>Only a cluster Pod and Service range; you draw every network yourself.</source>
        <translation>只有集群的 Pod 网段和 Service 网段;每个网段都由你自己绘制。</translation>
    </message>
</context>
<context>
    <name>Planar::PlanScene</name>
    <message>
        <source>%1 runs on %2</source>
        <translation>%1 运行在 %2 上</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>Pod plane  %1</source>
        <translation>Pod 网络平面  %1</translation>
    </message>
    <message>
        <source>VM node plane</source>
        <translation>虚拟机节点网络平面</translation>
    </message>
    <message>
        <source>Host plane</source>
        <translation>宿主机网络平面</translation>
    </message>
    <message>
        <source>Auto-arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>%1 → %2  %3 %4: %5</source>
        <translation>%1 → %2  %3 %4:%5</translation>
    </message>
    <message>
        <source>Cluster system flows (implicit, not drawn as links)
</source>
        <translation>集群系统流量(隐式,不作为互通绘制)
</translation>
    </message>
    <message>
        <source>1 VM</source>
        <translation>1 个虚拟机节点</translation>
    </message>
    <message>
        <source>%1 VMs</source>
        <translation>%1 个虚拟机节点</translation>
    </message>
    <message>
        <source>1 host</source>
        <translation>1 台宿主机</translation>
    </message>
    <message>
        <source>%1 hosts</source>
        <translation>%1 台宿主机</translation>
    </message>
    <message>
        <source>1 workload</source>
        <translation>1 个工作负载</translation>
    </message>
    <message>
        <source>%1 workloads</source>
        <translation>%1 个工作负载</translation>
    </message>
    <message>
        <source>1 network</source>
        <translation>1 个网络</translation>
    </message>
    <message>
        <source>%1 networks</source>
        <translation>%1 个网络</translation>
    </message>
    <message>
        <source>Hidden %1: %2</source>
        <translation>已折叠的 %1：%2</translation>
    </message>
</context>
<context>
    <name>Planar::PolicyDialog</name>
    <message>
        <source>Plane-matrix overrides</source>
        <translation>网络平面矩阵覆盖</translation>
    </message>
    <message>
        <source>Each row overrides one cell of the plane matrix (rules.md) for the whole plan. Prefer an exception on a single link when only one flow needs it.</source>
        <translation>每一行为整个规划覆盖网络平面矩阵(rules.md)中的一个单元格。若只有一条互通需要,请优先在该互通上使用临时授权。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <source>To</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Add override</source>
        <translation>添加覆盖</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Planar::PropertiesPanel</name>
    <message>
        <source>Select an item to edit its properties.</source>
        <translation>选择一个对象以编辑其属性。</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1(未知)</translation>
    </message>
    <message>
        <source>Enter or Tab applies a field; Esc puts it back.</source>
        <translation>按 Enter 或 Tab 应用字段;按 Esc 恢复原值。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1,%2</translation>
    </message>
</context>
<context>
    <name>Planar::UsageChart</name>
    <message>
        <source>used %</source>
        <translation>已用 %</translation>
    </message>
    <message>
        <source>free %</source>
        <translation>空闲 %</translation>
    </message>
    <message>
        <source>Address use (used / usable)</source>
        <translation>地址使用率(已用 / 可用)</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>其余 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 used (%4 %)</source>
        <translation>%1:已用 %2 / %3(%4 %)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>All ports</source>
        <translation>所有端口</translation>
    </message>
    <message>
        <source>Ports: %1</source>
        <translation>端口:%1</translation>
    </message>
    <message>
        <source>Forbidden by rule %1: %2</source>
        <translation>被规则 %1 禁止:%2</translation>
    </message>
    <message>
        <source>Fix: remove the link, route it through an allowed path (a Service, an ingress), or add an exception with a reason and an expiry date.</source>
        <translation>修复:删除该互通,改走允许的路径(Service、Ingress),或添加一条注明原因和到期日期的临时授权。</translation>
    </message>
    <message>
        <source>Allowed by exception (rule %1 would forbid it): %2</source>
        <translation>经临时授权允许(规则 %1 本会禁止):%2</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>允许:%1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因:%1</translation>
    </message>
    <message>
        <source>cluster Pod range</source>
        <translation>集群 Pod 网段</translation>
    </message>
    <message>
        <source>cluster Service range</source>
        <translation>集群 Service 网段</translation>
    </message>
    <message>
        <source>%1 Pods</source>
        <translation>%1 的 Pod</translation>
    </message>
    <message>
        <source>node subnets</source>
        <translation>节点子网</translation>
    </message>
    <message>
        <source>Enforced by: see planar-cli explain (the plan is too large to export on every edit)</source>
        <translation>执行规则:请用 planar-cli explain 查看(规划过大,无法在每次编辑时导出)</translation>
    </message>
    <message>
        <source>Enforced by: %1</source>
        <translation>执行规则:%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plan the network planes of a Kubernetes deployment.</source>
        <translation>规划 Kubernetes 部署的网络平面。</translation>
    </message>
    <message>
        <source>Render the window with PLAN to OUT.png and exit.</source>
        <translation>将打开 PLAN 的窗口渲染为 OUT.png 后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: select the item ID (or IP, CIDR).</source>
        <translation>与 --screenshot 一起使用:选中对象 ID(或 IP、CIDR)。</translation>
    </message>
    <message>
        <source>Show the editor in LANG (zh_CN, en) instead of the system language.</source>
        <translation>以 LANG(zh_CN、en)而非系统语言显示编辑器。</translation>
    </message>
    <message>
        <source>A plan file to open.</source>
        <translation>要打开的规划文件。</translation>
    </message>
    <message>
        <source>With --screenshot: bring a panel to the front (issues, address, compliance, properties, history).</source>
        <translation>与 --screenshot 一起使用:将某个面板置于前台(issues、address、compliance、properties、history)。</translation>
    </message>
    <message>
        <source>With --screenshot: collapse the hosts and zones IDS (separated by commas).</source>
        <translation>与 --screenshot 同用：折叠 IDS 所列的宿主机和区域（以逗号分隔）。</translation>
    </message>
</context>
</TS>
