# Adds llama.cpp from third_party/llama.cpp (see scripts/setup) as a
# subproject: the `llama` library for in-process models and, with tests on,
# the `llama-server` executable the integration tests start.
set(WENYUAN_LLAMA_DIR ${CMAKE_SOURCE_DIR}/third_party/llama.cpp)
if(NOT EXISTS ${WENYUAN_LLAMA_DIR}/CMakeLists.txt)
  message(FATAL_ERROR "llama.cpp not found under ${WENYUAN_LLAMA_DIR}; "
                      "run scripts/setup, or configure with -DWENYUAN_LLAMA=OFF")
endif()

if(NOT DEFINED GGML_CUDA)
  find_program(WENYUAN_NVCC nvcc HINTS /usr/local/cuda/bin)
  find_program(WENYUAN_NVIDIA_SMI nvidia-smi)
  set(wenyuan_cuda OFF)
  if(WENYUAN_NVCC AND WENYUAN_NVIDIA_SMI)
    execute_process(COMMAND ${WENYUAN_NVIDIA_SMI} -L RESULT_VARIABLE smi_rc
                    OUTPUT_QUIET ERROR_QUIET)
    if(smi_rc EQUAL 0)
      set(wenyuan_cuda ON)
      set(CMAKE_CUDA_COMPILER ${WENYUAN_NVCC})
    endif()
  endif()
  set(GGML_CUDA ${wenyuan_cuda} CACHE BOOL "llama.cpp: CUDA backend")
endif()
message(STATUS "llama.cpp: GGML_CUDA=${GGML_CUDA}")

# Portable CPU code, static libraries, nothing downloaded at build time.
set(GGML_NATIVE OFF CACHE BOOL "" FORCE)
set(GGML_OPENMP OFF CACHE BOOL "" FORCE)
set(BUILD_SHARED_LIBS OFF CACHE BOOL "" FORCE)
set(LLAMA_BUILD_UI OFF CACHE BOOL "" FORCE)
set(LLAMA_USE_PREBUILT_UI OFF CACHE BOOL "" FORCE)
set(LLAMA_BUILD_TESTS OFF CACHE BOOL "" FORCE)
# ggml would otherwise make ccache the launcher of every compile of the
# whole build whenever it is installed (a global RULE_LAUNCH_COMPILE): a
# build's speed and output must not depend on what else the machine has.
# Set CMAKE_CXX_COMPILER_LAUNCHER to use a compiler cache deliberately.
set(GGML_CCACHE OFF CACHE BOOL "" FORCE)
set(LLAMA_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
set(LLAMA_BUILD_APP OFF CACHE BOOL "" FORCE)
set(LLAMA_OPENSSL OFF CACHE BOOL "" FORCE)
set(LLAMA_BUILD_COMMON ${WENYUAN_TESTS} CACHE BOOL "" FORCE)
set(LLAMA_BUILD_TOOLS ${WENYUAN_TESTS} CACHE BOOL "" FORCE)
set(LLAMA_BUILD_SERVER ${WENYUAN_TESTS} CACHE BOOL "" FORCE)

# llama.cpp picks its own language standard per target; keep ours out.
set(wenyuan_saved_cxx_standard ${CMAKE_CXX_STANDARD})
unset(CMAKE_CXX_STANDARD)
add_subdirectory(${WENYUAN_LLAMA_DIR} ${CMAKE_BINARY_DIR}/llama.cpp EXCLUDE_FROM_ALL SYSTEM)
set(CMAKE_CXX_STANDARD ${wenyuan_saved_cxx_standard})

# What only the tests use (llama-server, with the common and multimodal
# libraries it links) is compiled at -O1, after llama.cpp's own -O3: it
# serves tiny random-weight models to the integration tests, its speed is
# ggml's (kept at -O3, as is the `llama` library the binary links), and
# it was a fifth of a cold build's compile time. It is also compiled
# sixteen files to a unit (CMake's unity build): 423 CPU-s became 161
# (GCC, no compiler cache). Three files that cannot share a unit are
# compiled alone; the `llama` library the binary links is left as
# llama.cpp builds it.
foreach(wenyuan_test_only llama-common llama-common-base mtmd server-context llama-server-impl llama-server)
  if(TARGET ${wenyuan_test_only})
    target_compile_options(${wenyuan_test_only} PRIVATE -O1)
    set_target_properties(${wenyuan_test_only} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
  endif()
endforeach()
if(TARGET mtmd)
  set_source_files_properties(
    ${WENYUAN_LLAMA_DIR}/tools/mtmd/mtmd-helper.cpp ${WENYUAN_LLAMA_DIR}/tools/mtmd/mtmd-helper-gen.cpp
    TARGET_DIRECTORY mtmd PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endif()
if(TARGET llama-common)
  set_source_files_properties(${WENYUAN_LLAMA_DIR}/common/json.cpp
    TARGET_DIRECTORY llama-common PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endif()
