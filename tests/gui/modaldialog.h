#pragma once

// Drives a modal dialog as a user would: `open` shows it (its exec() returns when it closes),
// `drive` gets it while it is shown, active, to press keys in. A check failing in `drive`
// leaves the dialog open: it is closed then, so the test goes on to report the failure.

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <functional>

namespace ModalDialog {

// open()'s answer, and false when no dialog of type T came up.
template<typename T>
bool drive(QObject *context, const std::function<bool()> &open,
           const std::function<void(T *)> &drive)
{
    bool seen = false;
    QTimer::singleShot(0, context, [&] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        QApplication::setActiveWindow(dialog);
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    const bool answer = open();
    if (!seen)
        qWarning("%s was not shown", T::staticMetaObject.className());
    return answer && seen;
}

} // namespace ModalDialog
