#pragma once

#include "shortcuts.h"

#include <QDialog>

class QTreeWidget;

// The key help (F1): every shortcut of the page it was opened on, then those that work
// everywhere, in the interface language, from the one table of shortcuts.
class KeyHelpDialog final : public QDialog
{
    Q_OBJECT

public:
    KeyHelpDialog(Shortcuts::Scope page, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};
