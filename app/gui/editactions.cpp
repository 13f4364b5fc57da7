// MainWindow's editing half: the palette, the link tool's dialog, delete and search.
#include "mainwindow.h"

#include "autolayout.h"
#include "canvas/planscene.h"
#include "canvas/planview.h"
#include "dialogs/linkdialog.h"
#include "document/commands/entitycommands.h"
#include "document/itemfactory.h"
#include "document/planclip.h"
#include "document/plandocument.h"
#include "document/planedits.h"
#include "io/planreader.h"
#include "io/planwriter.h"
#include "net/cidr.h"
#include "plan/addressowner.h"
#include "theme.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>

namespace Planar {

namespace {

/** The size the card of @p entity will have once it is in @p plan: where it goes must fit it. */
QSizeF cardSize(const Plan &plan, const Entity &entity)
{
    const ItemContent content = ItemContent::of(plan, entity, [&plan](const QString &id) {
        for (qsizetype i = 0; i < plan.zones.size(); ++i)
            if (plan.zones[i].id == id) return i;
        return qsizetype(-1);
    });
    return QSizeF(content.width, Theme::cardHeight(content.lines.size()));
}

} // namespace

void MainWindow::addHost()
{
    // A host on a plan without host networks would get no NICs: it brings its management and
    // business networks along, in the same undo step.
    const QList<Network> networks = ItemFactory::hostNetworksFor(mDocument->plan());
    QUndoStack *stack = mDocument->undoStack();
    Plan plan = mDocument->plan();
    plan.networks += networks;
    const Host host = ItemFactory::newHost(plan);
    if (!networks.isEmpty()) stack->beginMacro(tr("Add %1 and its host networks").arg(host.id));
    QStringList names;
    for (const Network &n : networks) {
        stack->push(new AddEntityCommand(
            mDocument, n,
            mScene->placeForNew(ItemKind::Network, Plane::Host, {}, cardSize(plan, n))));
        names << QStringLiteral("%1 (%2)").arg(n.id, n.cidr);
    }
    stack->push(new AddEntityCommand(
        mDocument, host,
        mScene->placeForNew(ItemKind::Host, Plane::Host, {}, cardSize(plan, host))));
    if (!networks.isEmpty()) {
        stack->endMacro();
        statusBar()->showMessage(
            tr("%1 has management and business NICs on the new host networks %2.")
                .arg(host.id, names.join(QStringLiteral(", "))),
            8000);
    }
    selectAndShow({host.id});
}

void MainWindow::addVm()
{
    // The VM goes on the selected host (or the host of the selected VM), else the last host.
    QString hostId;
    for (const QString &key : mScene->selectedKeys()) {
        if (mDocument->kindOf(key) == ItemKind::Host)
            hostId = key;
        else if (mDocument->kindOf(key) == ItemKind::Vm)
            hostId = std::get<Vm>(*mDocument->entity(key)).host;
        if (!hostId.isEmpty()) break;
    }
    if (hostId.isEmpty() && !mDocument->plan().hosts.isEmpty())
        hostId = mDocument->plan().hosts.last().id;
    if (hostId.isEmpty()) {
        fail(tr("Add VM"), tr("Add a host first: a VM node runs on a host."));
        return;
    }
    const Vm vm = ItemFactory::newVm(mDocument->plan(), hostId);
    mDocument->undoStack()->push(new AddEntityCommand(
        mDocument, vm,
        mScene->placeForNew(ItemKind::Vm, Plane::Vm, hostId, cardSize(mDocument->plan(), vm))));
    selectAndShow({vm.id});
}

void MainWindow::addWorkload()
{
    QString ns;
    for (const QString &key : mScene->selectedKeys())
        if (mDocument->kindOf(key) == ItemKind::Workload)
            ns = std::get<Workload>(*mDocument->entity(key)).effectiveNamespace();
    const Workload w = ItemFactory::newWorkload(mDocument->plan(), ns);
    mDocument->undoStack()->push(new AddEntityCommand(
        mDocument, w,
        mScene->placeForNew(ItemKind::Workload, Plane::Pod, {}, cardSize(mDocument->plan(), w))));
    selectAndShow({w.id});
}

void MainWindow::addNetwork(Plane plane)
{
    const Network n = ItemFactory::newNetwork(mDocument->plan(), plane);
    mDocument->undoStack()->push(new AddEntityCommand(
        mDocument, n,
        mScene->placeForNew(ItemKind::Network, plane, {}, cardSize(mDocument->plan(), n))));
    selectAndShow({n.id});
}

void MainWindow::addZone()
{
    const Zone z = ItemFactory::newZone(mDocument->plan());
    mDocument->undoStack()->push(new AddEntityCommand(
        mDocument, z,
        mScene->placeForNew(ItemKind::Zone, Plane::Vm, {}, cardSize(mDocument->plan(), z))));
    selectAndShow({z.id});
}

void MainWindow::requestLink(const QString &from, const QString &to)
{
    LinkDialog dialog(from, to, this);
    if (dialog.exec() != QDialog::Accepted) return;
    Link link = ItemFactory::newLink(mDocument->plan(), from, to, dialog.ports());
    link.reason = dialog.reason();
    auto *add = new AddEntityCommand(mDocument, link);
    mDocument->undoStack()->push(add);
    selectAndShow({add->key()});
}

void MainWindow::deleteSelection()
{
    QStringList keys = mScene->selectedKeys();
    keys.removeIf([](const QString &k) { return k.startsWith(u'@'); });
    if (keys.isEmpty()) return;

    // Hosts whose VMs are not deleted with them: ask what should happen to those VMs.
    QStringList orphans;
    QString hostName;
    for (const Vm &vm : mDocument->plan().vms)
        if (keys.contains(vm.host) && !keys.contains(vm.id)) {
            orphans << vm.id;
            hostName = vm.host;
        }
    HostVmPolicy policy = HostVmPolicy::DeleteVms;
    QString target;
    if (!orphans.isEmpty()) {
        for (const Host &h : mDocument->plan().hosts)
            if (!keys.contains(h.id)) target = h.id;
        QMessageBox box(QMessageBox::Question, tr("Delete host"),
                        tr("%1 runs %n VM node(s): %2. What should happen to them?", nullptr,
                           int(orphans.size()))
                            .arg(hostName, orphans.join(QStringLiteral(", "))),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("deleteHostBox"));
        QPushButton *drop = box.addButton(tr("Delete the VMs too"), QMessageBox::DestructiveRole);
        drop->setObjectName(QStringLiteral("deleteVms"));
        QPushButton *move = nullptr;
        if (!target.isEmpty()) {
            move = box.addButton(tr("Move them to %1").arg(target), QMessageBox::AcceptRole);
            move->setObjectName(QStringLiteral("moveVms"));
        }
        box.exec();
        if (box.clickedButton() == move && move)
            policy = HostVmPolicy::MoveVms;
        else if (box.clickedButton() != drop)
            return;
    }
    deleteItems(mDocument, keys, policy, target);
}

namespace {
const QString ClipMime = QStringLiteral("application/x-planar+yaml");

/** The clip of the selection, with the positions the cards have now (auto-arranged or not). */
Plan selectionClip(const PlanDocument &document, const PlanScene &scene)
{
    Plan clip = PlanClip::extract(document, scene.selectedKeys());
    clip.layout.clear();
    for (const QString &key : scene.selectedKeys())
        if (const EntityItem *item = scene.entityItem(key); item && !key.startsWith(u'@'))
            clip.layout << LayoutEntry{key, item->pos()};
    return clip;
}

/** The cards @p clip's entities will be, where its layout puts them. */
QList<QRectF> clipRects(const Plan &plan, const Plan &clip)
{
    QHash<QString, QPointF> at;
    for (const LayoutEntry &e : clip.layout)
        at.insert(e.id, e.position);
    Plan both = plan; // cards show roles and zones of the plan the clip lands in
    both.zones += clip.zones;
    both.networks += clip.networks;
    QList<QRectF> rects;
    const auto add = [&](const Entity &e) {
        if (at.contains(idOf(e))) rects << QRectF(at.value(idOf(e)), cardSize(both, e));
    };
    for (const Zone &z : clip.zones)
        add(z);
    for (const Network &n : clip.networks)
        add(n);
    for (const Host &h : clip.hosts)
        add(h);
    for (const Vm &v : clip.vms)
        add(v);
    for (const Workload &w : clip.workloads)
        add(w);
    return rects;
}
} // namespace

void MainWindow::copySelection()
{
    const Plan clip = selectionClip(*mDocument, *mScene);
    if (clip.layout.isEmpty()) return;
    auto *data = new QMimeData;
    const QByteArray yaml = PlanWriter::toYaml(clip);
    data->setData(ClipMime, yaml);
    data->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(data);
}

void MainWindow::paste()
{
    const QMimeData *data = QApplication::clipboard()->mimeData();
    if (!data) return;
    const QByteArray yaml =
        data->hasFormat(ClipMime) ? data->data(ClipMime) : data->text().toUtf8();
    const ReadResult result = PlanReader::readText(yaml, tr("clipboard"));
    if (!result.plan) {
        statusBar()->showMessage(tr("The clipboard holds no plan items."), 5000);
        return;
    }
    // Beside the originals, in the first place where no card is (not on top of the next host).
    const QPointF offset = mScene->freeOffset(clipRects(mDocument->plan(), *result.plan));
    selectAndShow(PlanClip::paste(mDocument, *result.plan, offset));
}

void MainWindow::duplicateSelection()
{
    const Plan clip = selectionClip(*mDocument, *mScene);
    if (clip.layout.isEmpty()) return;
    const QPointF offset = mScene->freeOffset(clipRects(mDocument->plan(), clip));
    selectAndShow(PlanClip::paste(mDocument, clip, offset));
}

bool MainWindow::findAndShow(const QString &rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) return false;
    const Plan &plan = mDocument->plan();
    QString found;
    if (mScene->entityItem(text) && !text.startsWith(u'@'))
        found = text;
    else if (mScene->linkItem(QStringLiteral("link:") + text))
        found = QStringLiteral("link:") + text;
    if (found.isEmpty()) {
        if (const auto ip = IpAddress::parse(text)) {
            found = ownerOfAddress(plan, *ip);
        } else if (const auto cidr = Cidr::parse(text)) {
            for (const Network &n : plan.networks)
                if (Cidr::parse(n.cidr) == cidr) found = n.id;
            for (const Vm &vm : plan.vms)
                for (const CidrText &s : vm.podSubnets)
                    if (s.address() == cidr) found = vm.id;
        }
    }
    if (found.isEmpty()) {
        // Last resort: the first id that contains the text.
        for (ItemKind kind :
             {ItemKind::Host, ItemKind::Vm, ItemKind::Workload, ItemKind::Network, ItemKind::Zone})
            for (const QString &id : mDocument->keys(kind))
                if (found.isEmpty() && id.contains(text, Qt::CaseInsensitive)) found = id;
    }
    if (found.isEmpty()) {
        statusBar()->showMessage(tr("Nothing matches “%1”.").arg(text), 5000);
        return false;
    }
    statusBar()->clearMessage(); // an earlier "Nothing matches" must not outlive this success
    selectAndShow({found});
    return true;
}

} // namespace Planar
