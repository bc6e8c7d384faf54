#include "shortcuts.h"

#include <QCoreApplication>

namespace Shortcuts {

namespace {

QKeySequence key(QKeyCombination combination)
{
    return QKeySequence(combination);
}

// The platform's binding for a standard key, or a fallback where it has none.
QList<QKeySequence> standard(QKeySequence::StandardKey standardKey, QKeyCombination fallback)
{
    QList<QKeySequence> bindings = QKeySequence::keyBindings(standardKey);
    if (bindings.isEmpty())
        bindings.append(key(fallback));
    return bindings;
}

QList<Entry> makeTable()
{
    QList<QKeySequence> choose, strike;
    for (int i = 0; i < Shortcuts::choiceKeys; ++i)
        choose.append(key(Qt::Key(Qt::Key_1 + i)));
    for (int i = 0; i < Shortcuts::choiceKeys; ++i) {
        choose.append(key(Qt::Key(Qt::Key_A + i)));
        strike.append(key(Qt::SHIFT | Qt::Key(Qt::Key_A + i)));
    }
    QList<QKeySequence> larger = standard(QKeySequence::ZoomIn, Qt::CTRL | Qt::Key_Plus);
    larger.append(key(Qt::CTRL | Qt::Key_Equal)); // "+" needs Shift on many keyboards
    return {
        {Command::Home,
         Scope::Window,
         {key(Qt::CTRL | Qt::Key_H)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Go to the home page")},
        {Command::History,
         Scope::Window,
         {key(Qt::CTRL | Qt::Key_Y)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Open Progress and History")},
        {Command::Browse,
         Scope::Window,
         {key(Qt::CTRL | Qt::Key_F)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Browse and search the questions (outside an exam)")},
        {Command::Settings,
         Scope::Window,
         {QKeySequence::keyBindings(QKeySequence::Preferences)
              .value(0, key(Qt::CTRL | Qt::Key_Comma))},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Open the settings")},
        {Command::Quit, Scope::Window, standard(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q), nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Quit Shiken")},
        {Command::LargerText, Scope::Window, larger, nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Larger text in questions and explanations")},
        {Command::SmallerText, Scope::Window,
         standard(QKeySequence::ZoomOut, Qt::CTRL | Qt::Key_Minus), nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Smaller text in questions and explanations")},
        {Command::NormalText,
         Scope::Window,
         {key(Qt::CTRL | Qt::Key_0)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Normal text size")},
        {Command::KeyHelp, Scope::Window, standard(QKeySequence::HelpContents, Qt::Key_F1), nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts of this page")},
        {Command::StartSession,
         Scope::Setup,
         {key(Qt::Key_Return), key(Qt::Key_Enter)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Start the session")},
        {Command::Back,
         Scope::Setup,
         {key(Qt::Key_Escape)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Back to the home page")},
        {Command::Choose, Scope::Exam, choose, QT_TRANSLATE_NOOP("Shortcuts", "1–8 or A–H"),
         QT_TRANSLATE_NOOP("Shortcuts",
                           "Choose that choice (for multiple response, choose or clear it)")},
        {Command::StrikeOut, Scope::Exam, strike, QT_TRANSLATE_NOOP("Shortcuts", "Shift+A–H"),
         QT_TRANSLATE_NOOP("Shortcuts", "Strike that choice out, or restore it")},
        {Command::Previous,
         Scope::Exam,
         {key(Qt::Key_Left), key(Qt::Key_P)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Previous question")},
        {Command::Next,
         Scope::Exam,
         {key(Qt::Key_Right), key(Qt::Key_N)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Next question")},
        {Command::Flag,
         Scope::Exam,
         {key(Qt::Key_M)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Flag the question for review, or clear the flag")},
        {Command::Bookmark,
         Scope::Exam,
         {key(Qt::CTRL | Qt::Key_D)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Bookmark the question, or remove its bookmark")},
        {Command::ReviewScreen,
         Scope::Exam,
         {key(Qt::CTRL | Qt::Key_R)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Open the review screen")},
        {Command::EndSession,
         Scope::Exam,
         {key(Qt::CTRL | Qt::Key_Return), key(Qt::CTRL | Qt::Key_Enter)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "End the exam or session")},
        {Command::OtherLanguage,
         Scope::Exam,
         {key(Qt::CTRL | Qt::Key_L)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Show the question in the other language")},
        {Command::CheckAnswer,
         Scope::Exam,
         {key(Qt::Key_Return)},
         nullptr,
         QT_TRANSLATE_NOOP("Shortcuts", "Practice: check the answer and show its explanation")},
    };
}

} // namespace

const QList<Entry> &table()
{
    static const QList<Entry> entries = makeTable();
    return entries;
}

const Entry &entry(Command command)
{
    for (const Entry &e : table()) {
        if (e.command == command)
            return e;
    }
    Q_UNREACHABLE();
}

QString keysText(const Entry &entry)
{
    if (entry.keysText)
        return QCoreApplication::translate("Shortcuts", entry.keysText);
    QStringList keys;
    for (const QKeySequence &key : entry.keys)
        keys.append(key.toString(QKeySequence::NativeText));
    //: Between two keys that do the same, e.g. "Left or P"
    return keys.join(QCoreApplication::translate("Shortcuts", " or "));
}

QString description(const Entry &entry)
{
    return QCoreApplication::translate("Shortcuts", entry.description);
}

} // namespace Shortcuts
