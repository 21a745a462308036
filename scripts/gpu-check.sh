#!/usr/bin/env bash
# CPU/CUDA parity and GPU throughput (issue 15). On a machine with an NVIDIA GPU: builds bench/Quality against the
# GPU build of ONNX Runtime, checks that embeddings (cosine error <= 1e-4), topics and related papers agree between
# CPU and CUDA on 1,000 corpus papers, measures embedding, k-means and top-k throughput at 10,000 and 100,000
# papers, and writes bench/results/gpu-check.md. Fails clearly (exit 2) where there is no NVIDIA GPU.
#
#   scripts/gpu-check.sh [parity papers] [sizes...]     default: 1000 10000 100000
#   scripts/gpu-check.sh --publish DIR                  on a machine with .NET: a self-contained GPU build in DIR
#                                                       (inside the repository) for a GPU machine without .NET
# Environment: DIGESTGEN_CORPUS (arxiv-meta.jsonl.gz; default ../shared/corpus/), DIGESTGEN_GPU_BUILD (a DIR made
# by --publish, used when there is no dotnet), CUDA_LIBRARY_PATH (extra folders holding libcudart, libcublas, cuDNN).
set -euo pipefail
cd "$(dirname "$0")/.."

publish() {
  dotnet publish bench/Quality -c Release -r linux-x64 --self-contained -p:OnnxRuntimeGpu=true -o "$1"
}

if [[ "${1:-}" == "--publish" ]]; then
  publish "${2:?usage: scripts/gpu-check.sh --publish DIR}"
  exit 0
fi

if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi -L >/dev/null 2>&1; then
  echo "gpu-check: no NVIDIA GPU on this machine (nvidia-smi is missing or lists no GPU); nothing was measured." >&2
  echo "gpu-check: run it on a machine with an NVIDIA GPU and driver (docs/embeddings.md, 'Checking the GPU path')." >&2
  exit 2
fi
nvidia-smi -L

# CUDA and cuDNN libraries: the system's, any named in CUDA_LIBRARY_PATH, and those of Python's nvidia-* wheels.
wheel_libraries=$(python3 - <<'PY' 2>/dev/null || true
import glob, os, site
folders = set()
for root in site.getsitepackages() + [site.getusersitepackages()]:
    for library in glob.glob(os.path.join(root, "nvidia", "**", "lib", "*.so*"), recursive=True):
        folders.add(os.path.dirname(library))
print(":".join(sorted(folders)))
PY
)
export LD_LIBRARY_PATH="${CUDA_LIBRARY_PATH:+$CUDA_LIBRARY_PATH:}${wheel_libraries:+$wheel_libraries:}${LD_LIBRARY_PATH:-}"

parity=${1:-1000}
if (($# > 1)); then sizes=("${@:2}"); else sizes=(10000 100000); fi

if command -v dotnet >/dev/null 2>&1; then
  build=bench/work/gpu-check
  publish "$build" >/dev/null
else
  build=${DIGESTGEN_GPU_BUILD:?"gpu-check: no dotnet here: publish on a machine with .NET (scripts/gpu-check.sh --publish bench/work/gpu-check) and set DIGESTGEN_GPU_BUILD to that folder"}
fi

provider="$build/libonnxruntime_providers_cuda.so"
if [[ -f "$provider" ]] && ldd "$provider" | grep -q "not found"; then
  echo "gpu-check: the CUDA provider cannot load these libraries (add their folders to CUDA_LIBRARY_PATH):" >&2
  ldd "$provider" | grep "not found" >&2
  exit 2
fi

mkdir -p bench/results
result=bench/results/gpu-check.md
{
  echo "# GPU check (scripts/gpu-check.sh)"
  echo
  echo "$(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader | head -1)"
  echo
  "$build/DigestGen.Bench.Quality" gpu-check "$parity" "${sizes[@]}"
} | tee "$result.partial"
mv "$result.partial" "$result"
echo "gpu-check: wrote $result"
