#include "exam/attempt.h"

using namespace Qt::StringLiterals;

namespace {
const std::pair<Attempt::Mode, QStringView> modeNames[] = {
    {Attempt::Mode::Exam, u"exam"},     {Attempt::Mode::Practice, u"practice"},
    {Attempt::Mode::Drill, u"drill"},   {Attempt::Mode::WeakArea, u"weak-area"},
    {Attempt::Mode::Review, u"review"},
};
}

QString Attempt::modeName(Mode mode)
{
    for (const auto &[m, name] : modeNames) {
        if (m == mode)
            return name.toString();
    }
    return u"exam"_s;
}

std::optional<Attempt::Mode> Attempt::modeFromName(QStringView name)
{
    for (const auto &[m, n] : modeNames) {
        if (n == name)
            return m;
    }
    return std::nullopt;
}
