#pragma once

#include <QValidator>

namespace Planar {

/**
 * Judges what is typed into an address, VLAN, port or id field. It never changes the text: a
 * field keeps what the user typed, and problem() says why it is not accepted yet — or, when no
 * further typing can help (`999.1.1.1`, a space in an id), that it never will be.
 */
class FieldValidator : public QValidator {
    Q_OBJECT
public:
    enum class Kind {
        Id,
        InterfaceName, // a NIC or switch name: [A-Za-z0-9_.:-]{1,15}
        Cidr,
        CidrList,
        Ip,
        Mac,
        Vlan,
        VlanList,
        Ports,
        Port,
        Integer,
        Date
    };

    FieldValidator(Kind kind, bool optional, QObject *parent = nullptr);

    Kind kind() const { return mKind; }
    /** Acceptable or Intermediate, never Invalid: refusing keystrokes silently changed text. */
    State validate(QString &input, int &pos) const override;
    /** Why @p text is not acceptable, empty when it is. */
    QString problem(const QString &text) const;
    /** Why no amount of further typing makes @p text valid; empty when it still could be. */
    QString neverValid(const QString &text) const;
    void setRange(int low, int high);

private:
    Kind mKind;
    bool mOptional;
    int mLow = 0;
    int mHigh = 0;
};

} // namespace Planar
