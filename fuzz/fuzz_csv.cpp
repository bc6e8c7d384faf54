// libFuzzer entry for FuzzTargets::csv (see fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::csv(data, size);
}
