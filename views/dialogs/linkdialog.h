#pragma once

#include "plan/portrange.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Planar {

class FieldValidator;

/** Asks for the ports and reason of a link being drawn from one item to another. */
class LinkDialog : public QDialog {
    Q_OBJECT
public:
    LinkDialog(const QString &from, const QString &to, QWidget *parent = nullptr);

    QList<PortRange> ports() const;
    QString reason() const;
    QLineEdit *portsEdit() const { return mPorts; }
    QLineEdit *reasonEdit() const { return mReason; }
    QLabel *hintLabel() const { return mHint; }

private:
    void updateHint();

    QLineEdit *mPorts;
    QLineEdit *mReason;
    QLabel *mHint;
    QPushButton *mOk;
    FieldValidator *mValidator;
};

} // namespace Planar
