print("imgpath")
