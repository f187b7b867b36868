// read_now() on Windows (DESIGN.md §3): awake = QueryUnbiasedInterruptTime (stops in sleep), since_boot =
// QueryInterruptTime (counts sleep; Windows 10+, not in mingw's libkernel32.a, so looked up in kernel32.dll at
// run time, then kernelbase.dll), else GetTickCount64 (also counts sleep, millisecond ticks) where it is missing.
#include "platform/clock.h"

#include <windows.h>

namespace respite {
namespace {

using QueryInterruptTimeFn = VOID(WINAPI*)(PULONGLONG);

QueryInterruptTimeFn find_query_interrupt_time() {
    for (const wchar_t* dll : {L"kernel32.dll", L"kernelbase.dll"}) {
        if (HMODULE module = GetModuleHandleW(dll)) {
            if (FARPROC proc = GetProcAddress(module, "QueryInterruptTime"))
                return reinterpret_cast<QueryInterruptTimeFn>(reinterpret_cast<void*>(proc));
        }
    }
    return nullptr;
}

// 100 ns units to the engine's Duration.
Duration from_100ns(ULONGLONG t) {
    return std::chrono::duration_cast<Duration>(std::chrono::duration<ULONGLONG, std::ratio<1, 10'000'000>>(t));
}

} // namespace

Now read_now() {
    static const QueryInterruptTimeFn query_interrupt_time = find_query_interrupt_time();
    Now now;
    ULONGLONG unbiased = 0;
    QueryUnbiasedInterruptTime(&unbiased);
    now.awake = from_100ns(unbiased);
    if (query_interrupt_time) {
        ULONGLONG interrupt = 0;
        query_interrupt_time(&interrupt);
        now.since_boot = from_100ns(interrupt);
    } else {
        now.since_boot = Duration(static_cast<Duration::rep>(GetTickCount64()));
    }
    now.wall = std::chrono::time_point_cast<Duration>(std::chrono::system_clock::now());
    return now;
}

} // namespace respite
