#!/usr/bin/env bash
# Build the newsbeam images and streaming Flex Template, and start a streaming job on Dataflow.
#   PROJECT=my-project REGION=europe-west1 BUCKET=my-bucket deploy/dataflow/launch-stream.sh \
#     "https://example.org/rss.xml;https://example.net/atom.xml" gs://my-bucket/newsbeam-live
# Stop it with `gcloud dataflow jobs drain JOB_ID --region REGION`: open windows are written.
set -euo pipefail
: "${PROJECT:?set PROJECT}" "${REGION:?set REGION}" "${BUCKET:?set BUCKET}"
FEEDS=${1:?feed URLs, separated by ;}
OUTPUT=${2:?output gs:// folder}
REPOSITORY=${REPOSITORY:-newsbeam}
IMAGE="${REGION}-docker.pkg.dev/${PROJECT}/${REPOSITORY}/newsbeam:$(git rev-parse --short HEAD)"
TEMPLATE="gs://${BUCKET}/templates/newsbeam-stream.json"

cd "$(dirname "$0")/../.."
gcloud builds submit --project "$PROJECT" --config deploy/dataflow/cloudbuild.yaml \
  --substitutions "_IMAGE=$IMAGE" .
gcloud dataflow flex-template build "$TEMPLATE" \
  --project "$PROJECT" --image "${IMAGE}-stream" --sdk-language PYTHON \
  --metadata-file deploy/dataflow/metadata-stream.json
# One --feed flag per URL: the ^~^ prefix makes ~ the list separator, so ; can split the feeds.
gcloud dataflow flex-template run "newsbeam-stream-$(date +%Y%m%d-%H%M%S)" \
  --project "$PROJECT" --region "$REGION" --template-file-gcs-location "$TEMPLATE" \
  --parameters "^~^feed=${FEEDS//;/~feed=}~output=${OUTPUT}~sdk_container_image=${IMAGE}-stream" \
  --temp-location "gs://${BUCKET}/tmp" --enable-streaming-engine
