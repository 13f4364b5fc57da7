#include "linkdialog.h"

#include "theme.h"
#include "panels/fieldvalidator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Planar {

LinkDialog::LinkDialog(const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent), mPorts(new QLineEdit(this)), mReason(new QLineEdit(this)),
      mHint(new QLabel(this))
{
    setWindowTitle(tr("New link"));
    setObjectName(QStringLiteral("linkDialog"));
    auto *form = new QFormLayout(this);
    auto *what = new QLabel(tr("Traffic from <b>%1</b> to <b>%2</b>. Replies are implied.")
                                .arg(from.toHtmlEscaped(), to.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    form->addRow(what);
    mPorts->setObjectName(QStringLiteral("ports"));
    mPorts->setPlaceholderText(tr("e.g. 443/TCP, 8000-8100/UDP; empty = all ports"));
    // Not setValidator(): that drops refused keystrokes without a word. The text stays as typed
    // and the hint says what is wrong.
    mValidator = new FieldValidator(FieldValidator::Kind::Ports, true, mPorts);
    form->addRow(tr("Ports"), mPorts);
    mHint->setObjectName(QStringLiteral("portsHint"));
    mHint->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::ErrorColor.name()));
    mHint->setWordWrap(true);
    mHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a hint of three lines is kept whether one shows or not, so that the Reason field
    // and the buttons never jump while the ports are typed.
    mHint->setMinimumHeight(3 * mHint->fontMetrics().lineSpacing() + 4);
    form->addRow(mHint);
    mReason->setObjectName(QStringLiteral("reason"));
    mReason->setPlaceholderText(tr("why this flow is needed"));
    form->addRow(tr("Reason"), mReason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    mOk = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mPorts, &QLineEdit::textChanged, this, &LinkDialog::updateHint);
    updateHint();
    resize(420, sizeHint().height());
}

void LinkDialog::updateHint()
{
    const QString problem = mValidator->problem(mPorts->text());
    mHint->setText(problem);
    mOk->setEnabled(problem.isEmpty());
}

QList<PortRange> LinkDialog::ports() const
{
    QList<PortRange> out;
    for (const QString &item : mPorts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto p = PortRange::parse(item.trimmed())) out << *p;
    return out;
}

QString LinkDialog::reason() const
{
    return mReason->text().trimmed();
}

} // namespace Planar
