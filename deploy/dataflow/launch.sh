#!/usr/bin/env bash
# Build the newsbeam Flex Template and launch a job on Dataflow.
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket deploy/dataflow/launch.sh \
#     gs://my-bucket/news/*.jsonl.gz gs://my-bucket/newsbeam-out
set -euo pipefail
: "${PROJECT:?set PROJECT}" "${REGION:?set REGION}" "${BUCKET:?set BUCKET}"
INPUT=${1:?input gs:// path}
OUTPUT=${2:?output gs:// folder}
REPOSITORY=${REPOSITORY:-newsbeam}
IMAGE="${REGION}-docker.pkg.dev/${PROJECT}/${REPOSITORY}/newsbeam:$(git rev-parse --short HEAD)"
TEMPLATE="gs://${BUCKET}/templates/newsbeam.json"
# Hash-sharded files: a retried bundle cannot leave a first attempt's file behind (README, Runners).
SHARDS=${SHARDS:-16}

cd "$(dirname "$0")/../.."
gcloud builds submit --project "$PROJECT" --config deploy/dataflow/cloudbuild.yaml \
  --substitutions "_IMAGE=$IMAGE" .
gcloud dataflow flex-template build "$TEMPLATE" \
  --project "$PROJECT" --image "$IMAGE" --sdk-language PYTHON \
  --metadata-file deploy/dataflow/metadata.json
gcloud dataflow flex-template run "newsbeam-$(date +%Y%m%d-%H%M%S)" \
  --project "$PROJECT" --region "$REGION" --template-file-gcs-location "$TEMPLATE" \
  --parameters input="$INPUT",output="$OUTPUT",output_shards="$SHARDS",sdk_container_image="$IMAGE" \
  --temp-location "gs://${BUCKET}/tmp"
