// libFuzzer entry for FuzzTargets::database (see fuzztargets.h).

#include "fuzztargets.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return FuzzTargets::database(data, size);
}
