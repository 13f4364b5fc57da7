#include "newplandialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Planar {

NewPlanDialog::NewPlanDialog(QWidget *parent)
    : QDialog(parent), mThreePlanes(new QRadioButton(this)), mBlank(new QRadioButton(this))
{
    setWindowTitle(tr("New plan"));
    setObjectName(QStringLiteral("newPlanDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    // Each choice says what it holds, so that nobody has to guess what "template" means.
    mThreePlanes->setObjectName(QStringLiteral("threePlanes"));
    mThreePlanes->setText(tr("The three planes of the seed article"));
    mThreePlanes->setChecked(true);
    layout->addWidget(mThreePlanes);
    auto *threeText = new QLabel(tr("Host networks 192.168.1.0/24 (management and business "
                                    "halves), VM network 10.0.0.0/16 with a first VLAN, Pods "
                                    "172.16.0.0/12 with a /24 per node. Add Host, Add VM and "
                                    "Add Workload fill them in."),
                                 this);
    threeText->setWordWrap(true);
    threeText->setContentsMargins(24, 0, 0, 8);
    layout->addWidget(threeText);
    mBlank->setObjectName(QStringLiteral("blank"));
    mBlank->setText(tr("A blank plan"));
    layout->addWidget(mBlank);
    auto *blankText = new QLabel(
        tr("Only a cluster Pod and Service range; you draw every network yourself."), this);
    blankText->setWordWrap(true);
    blankText->setContentsMargins(24, 0, 0, 8);
    layout->addWidget(blankText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

NewPlanDialog::Start NewPlanDialog::start() const
{
    return mBlank->isChecked() ? Start::Blank : Start::ThreePlanes;
}

} // namespace Planar
