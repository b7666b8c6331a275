# EKS Pod Identity: a role per Kubernetes service account, assumable only by the EKS Pod Identity
# agent on behalf of that account in this cluster. No OIDC provider, no static keys, nothing for
# the wallet services themselves (they call no AWS API): only the platform controllers.

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole", "sts:TagSession"]
    principals {
      type        = "Service"
      identifiers = ["pods.eks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  for_each           = var.roles
  name               = "${var.cluster_name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "this" {
  for_each = var.roles
  role     = aws_iam_role.this[each.key].id
  policy   = each.value.policy_json
}

resource "aws_eks_pod_identity_association" "this" {
  for_each        = var.roles
  cluster_name    = var.cluster_name
  namespace       = each.value.namespace
  service_account = each.value.service_account
  role_arn        = aws_iam_role.this[each.key].arn
}
