{{- define "standin.name" -}}
s3-csi-node
{{- end -}}

{{- define "standin.serviceAccountName" -}}
{{- default "s3-csi-node" .Values.serviceAccount.name -}}
{{- end -}}

{{- define "standin.labels" -}}
app.kubernetes.io/name: aws-mountpoint-s3-csi-driver
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
