{{- define "standin.name" -}}
karpenter
{{- end -}}

{{- define "standin.serviceAccountName" -}}
{{- default "karpenter" .Values.serviceAccount.name -}}
{{- end -}}

{{- define "standin.labels" -}}
app.kubernetes.io/name: karpenter
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
